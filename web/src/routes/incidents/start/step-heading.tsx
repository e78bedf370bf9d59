import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/** How many steps starting an incident takes. */
export const STEP_COUNT = 4;

interface StepHeadingProps {
  id: string;
  number: number;
  children: string;
  focus: boolean;
}

/**
 * The heading of a step, with "Stap 2 van 4" in it. It takes focus when the step appears (not on
 * the first step at page load, where the page title has it), so keyboard and screen reader users
 * start at the new step.
 */
export function StepHeading({ id, number, children, focus }: StepHeadingProps) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) heading.current?.focus();
  }, [focus]);
  return (
    <h2 id={id} ref={heading} tabIndex={-1} className="step__title">
      <span className="step__count">{t('incidentStart.stepOf', { number, total: STEP_COUNT })}</span>{' '}
      {children}
    </h2>
  );
}
