import { useTranslation } from 'react-i18next';
import { RIGHTS, type Right } from './privacy-requests-api';

/** The six rights as radio buttons, each explained in plain words under its name. */
export function RightChoice({ value, onChange }: { value: Right; onChange(right: Right): void }) {
  const { t } = useTranslation();
  return (
    <fieldset className="field fieldset">
      <legend className="field__label">{t('privacyRequests.fields.right')}</legend>
      <div className="checkboxes">
        {RIGHTS.map((right) => (
          <div key={right} className="checkbox">
            <input
              id={`privacy-right-${right}`}
              type="radio"
              name="right"
              value={right}
              checked={value === right}
              aria-describedby={`privacy-right-${right}-hint`}
              onChange={() => onChange(right)}
            />
            <label htmlFor={`privacy-right-${right}`}>{t(`privacyRequests.rights.${right}.name`)}</label>
            <span id={`privacy-right-${right}-hint`} className="checkbox__hint">
              {t(`privacyRequests.rights.${right}.explain`)}
            </span>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
