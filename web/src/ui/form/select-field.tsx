import type { SelectHTMLAttributes } from 'react';
import { FieldFrame, type FieldFrameProps } from './field-frame';

interface SelectFieldProps
  extends Omit<FieldFrameProps, 'children'>,
    Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'value' | 'onChange' | 'children'> {
  value: string;
  options: readonly { value: string; label: string; lang?: string }[];
  onValueChange(value: string): void;
}

export function SelectField({
  id,
  label,
  hint,
  error,
  optional,
  value,
  options,
  onValueChange,
  ...select
}: SelectFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} optional={optional}>
      {(control) => (
        <select
          className="field__input field__select"
          {...select}
          {...control}
          value={value}
          onChange={(event) => onValueChange(event.target.value)}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value} lang={option.lang}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}
