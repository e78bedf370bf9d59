import type { TextareaHTMLAttributes } from 'react';
import { FieldFrame, type FieldFrameProps } from '../../ui/form/field-frame';

type TextAreaProps = Omit<
  TextareaHTMLAttributes<HTMLTextAreaElement>,
  'id' | 'value' | 'onChange' | 'children' | 'aria-describedby' | 'aria-invalid'
>;

interface TextAreaFieldProps extends Omit<FieldFrameProps, 'children'>, TextAreaProps {
  value: string;
  onValueChange(value: string): void;
}

/** A text field of several lines, tied to its label, hint and error like the other fields. */
export function TextAreaField({
  id,
  label,
  hint,
  error,
  optional,
  value,
  onValueChange,
  rows = 3,
  ...textarea
}: TextAreaFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} optional={optional}>
      {(control) => (
        <textarea
          className="field__input prep-textarea"
          rows={rows}
          {...textarea}
          {...control}
          value={value}
          onChange={(event) => onValueChange(event.target.value)}
        />
      )}
    </FieldFrame>
  );
}
