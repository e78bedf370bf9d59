import { type MouseEvent, useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormErrors } from './form-errors';

interface ErrorSummaryProps {
  errors: FormErrors | undefined;
  /** For each field name: the id of its control and its label, so the summary links to it. */
  fields: Partial<Record<string, { id: string; label: string }>>;
}

/**
 * The box above a form that says what went wrong, with a link to each field in error. It takes
 * focus when it appears, so keyboard and screen reader users start there.
 */
export function ErrorSummary({ errors, fields }: ErrorSummaryProps) {
  const { t } = useTranslation();
  const box = useRef<HTMLElement>(null);
  const titleId = useId();

  useEffect(() => {
    if (errors) box.current?.focus();
  }, [errors]);

  if (!errors) return null;
  const linked = Object.entries(errors.fields).flatMap(([name, message]) => {
    const field = fields[name];
    return field && message ? [{ name, message, ...field }] : [];
  });
  // Problems with fields this form does not show still count: they go in the sentence.
  const unlinked = Object.entries(errors.fields).filter(([name]) => !fields[name]);

  function focusField(event: MouseEvent<HTMLAnchorElement>, id: string) {
    event.preventDefault();
    const control = document.getElementById(id);
    control?.scrollIntoView({ block: 'center' });
    control?.focus();
  }

  return (
    <section ref={box} className="error-summary" tabIndex={-1} aria-labelledby={titleId}>
      <h2 id={titleId} className="error-summary__title">
        {t('errors.summaryTitle')}
      </h2>
      <p>{errors.message}</p>
      {unlinked.map(([name, message]) => (
        <p key={name}>{message}</p>
      ))}
      {linked.length > 0 ? (
        <ul className="error-summary__list">
          {linked.map((field) => (
            <li key={field.name}>
              <a href={`#${field.id}`} onClick={(event) => focusField(event, field.id)}>
                {field.label}: {field.message}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
