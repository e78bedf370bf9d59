import type { Ref, TextareaHTMLAttributes } from 'react';
import { FieldFrame, type FieldFrameProps } from '../../ui/form/field-frame';

interface TextAreaFieldProps
  extends Omit<FieldFrameProps, 'children'>,
    Omit<
      TextareaHTMLAttributes<HTMLTextAreaElement>,
      'id' | 'value' | 'onChange' | 'children' | 'aria-describedby' | 'aria-invalid'
    > {
  value: string;
  onValueChange(value: string): void;
  ref?: Ref<HTMLTextAreaElement>;
}

/** A text of more than one line, with label, hint and error like the other fields. */
export function TextAreaField({
  id,
  label,
  hint,
  error,
  optional,
  value,
  onValueChange,
  ref,
  ...textarea
}: TextAreaFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} optional={optional}>
      {(control) => (
        <textarea
          ref={ref}
          className="field__input field__textarea"
          rows={4}
          {...textarea}
          {...control}
          value={value}
          onChange={(event) => onValueChange(event.target.value)}
        />
      )}
    </FieldFrame>
  );
}
