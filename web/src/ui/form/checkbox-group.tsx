import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface CheckboxGroupProps<T extends string> {
  /** Prefix for the boxes' ids; the first box is `${id}-${first value}`, for the error summary. */
  id: string;
  legend: string;
  hint?: ReactNode;
  error?: string;
  options: readonly { value: T; label: string }[];
  values: readonly T[];
  onValuesChange(values: T[]): void;
}

/** Checkboxes under one question (a fieldset), with the hint and error read out with the question. */
export function CheckboxGroup<T extends string>({
  id,
  legend,
  hint,
  error,
  options,
  values,
  onValuesChange,
}: CheckboxGroupProps<T>) {
  const { t } = useTranslation();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  function toggle(value: T, checked: boolean) {
    const next = checked ? [...values, value] : values.filter((item) => item !== value);
    // Keep the order of the options, whatever the order of clicking.
    onValuesChange(options.map((option) => option.value).filter((item) => next.includes(item)));
  }
  return (
    <fieldset
      className={error ? 'field fieldset field--error' : 'field fieldset'}
      aria-describedby={describedBy}
    >
      <legend className="field__label">{legend}</legend>
      {hint ? (
        <div id={hintId} className="field__hint">
          {hint}
        </div>
      ) : null}
      {error ? (
        <p id={errorId} className="field__error">
          <span className="visually-hidden">{t('form.errorPrefix')} </span>
          {error}
        </p>
      ) : null}
      <div className="checkboxes">
        {options.map((option) => (
          <div key={option.value} className="checkbox">
            <input
              id={`${id}-${option.value}`}
              type="checkbox"
              checked={values.includes(option.value)}
              aria-invalid={error ? true : undefined}
              onChange={(event) => toggle(option.value, event.target.checked)}
            />
            <label htmlFor={`${id}-${option.value}`}>{option.label}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

/** One checkbox with its label and an optional hint. */
export function Checkbox({
  id,
  label,
  hint,
  checked,
  onCheckedChange,
}: {
  id: string;
  label: string;
  hint?: string;
  checked: boolean;
  onCheckedChange(checked: boolean): void;
}) {
  return (
    <div className="checkbox">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => onCheckedChange(event.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={`${id}-hint`} className="checkbox__hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
