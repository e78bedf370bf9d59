import { useTranslation } from 'react-i18next';
import type { AlertUrgency } from '../../api/alerts-api';

const URGENCIES: readonly AlertUrgency[] = ['crisis', 'normal'];

interface UrgencyChoiceProps {
  /** Prefix for the radio buttons' ids, unique on the page. */
  id: string;
  value: AlertUrgency;
  onChange(urgency: AlertUrgency): void;
}

/** Crisis or normal, each with what it means for how people are reached. */
export function UrgencyChoice({ id, value, onChange }: UrgencyChoiceProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="field fieldset">
      <legend className="field__label">{t('alerts.urgency.legend')}</legend>
      <div className="checkboxes">
        {URGENCIES.map((urgency) => (
          <div key={urgency} className="checkbox">
            <input
              id={`${id}-${urgency}`}
              type="radio"
              name={id}
              checked={value === urgency}
              aria-describedby={`${id}-${urgency}-hint`}
              onChange={() => onChange(urgency)}
            />
            <label htmlFor={`${id}-${urgency}`}>{t(`alerts.urgency.${urgency}`)}</label>
            <p id={`${id}-${urgency}-hint`} className="checkbox__hint">
              {t(`alerts.urgency.${urgency}Hint`)}
            </p>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

/** Crisis for the real thing, normal for an exercise: a drill should not wake people at night. */
export function defaultUrgency(isExercise: boolean): AlertUrgency {
  return isExercise ? 'normal' : 'crisis';
}
