import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from './error-summary';
import { withPasswordCheck } from './password-problem';
import { SubmitButton } from './submit-button';
import { PasswordField } from './text-field';
import { useFormSubmit } from './use-form-submit';

export interface PasswordConfirmFormProps {
  /** Prefix for element ids, unique on the page. */
  id: string;
  title: string;
  /** What happens and what it means for the person, above the field. */
  children: ReactNode;
  passwordLabel: string;
  passwordHint?: string;
  submitLabel: string;
  /** Sends the request with the password; a wrong password is shown at the field. */
  action(password: string): Promise<unknown>;
  /** Runs after the request succeeded (sign out, refresh, navigate). */
  onDone(): void | Promise<void>;
}

/** A sensitive change that asks for the password again: cancel an account, switch off the second factor. */
export function PasswordConfirmForm(props: PasswordConfirmFormProps) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const fieldId = `${props.id}-password`;
  const { onSubmit, errors, pending } = useFormSubmit(
    async () => {
      await withPasswordCheck(props.action(password));
      setPassword('');
      await props.onDone();
    },
    { check: () => ({ password: !password && t('login.passwordMissing') }) },
  );
  return (
    <form className="form form--compact" noValidate onSubmit={onSubmit} aria-labelledby={`${props.id}-title`}>
      <h3 id={`${props.id}-title`}>{props.title}</h3>
      {props.children}
      <ErrorSummary errors={errors} fields={{ password: { id: fieldId, label: props.passwordLabel } }} />
      <PasswordField
        id={fieldId}
        name="password"
        label={props.passwordLabel}
        {...(props.passwordHint ? { hint: props.passwordHint } : {})}
        autoComplete="current-password"
        value={password}
        onValueChange={setPassword}
        error={errors?.fields.password}
      />
      <div className="form__actions">
        <SubmitButton pending={pending} variant="danger">
          {props.submitLabel}
        </SubmitButton>
      </div>
    </form>
  );
}
