import { type InputHTMLAttributes, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldFrame, type FieldFrameProps } from './field-frame';

type InputProps = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'id' | 'value' | 'onChange' | 'children' | 'aria-describedby' | 'aria-invalid'
>;

interface TextFieldProps extends Omit<FieldFrameProps, 'children'>, InputProps {
  value: string;
  onValueChange(value: string): void;
}

export function TextField({
  id,
  label,
  hint,
  error,
  optional,
  value,
  onValueChange,
  ...input
}: TextFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} optional={optional}>
      {(control) => (
        <input
          className="field__input"
          type="text"
          {...input}
          {...control}
          value={value}
          onChange={(event) => onValueChange(event.target.value)}
        />
      )}
    </FieldFrame>
  );
}

interface PasswordFieldProps extends Omit<TextFieldProps, 'type'> {
  autoComplete: 'current-password' | 'new-password';
}

/** A password field with a button to show what was typed: easier on a phone keyboard. */
export function PasswordField({
  id,
  label,
  hint,
  error,
  optional,
  value,
  onValueChange,
  ...input
}: PasswordFieldProps) {
  const { t } = useTranslation();
  const [visible, setVisible] = useState(false);
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} optional={optional}>
      {(control) => (
        <div className="password-input">
          <input
            className="field__input"
            {...input}
            {...control}
            type={visible ? 'text' : 'password'}
            autoCapitalize="none"
            spellCheck={false}
            value={value}
            onChange={(event) => onValueChange(event.target.value)}
          />
          <button
            type="button"
            className="password-input__toggle"
            aria-controls={id}
            aria-pressed={visible}
            onClick={() => setVisible(!visible)}
          >
            {t('form.show')} <span className="visually-hidden">{t('form.showWhat')}</span>
          </button>
        </div>
      )}
    </FieldFrame>
  );
}
