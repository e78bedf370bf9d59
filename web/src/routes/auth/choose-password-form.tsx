import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/api-client';
import { ErrorSummary } from '../../ui/form/error-summary';
import { SubmitButton } from '../../ui/form/submit-button';
import { PasswordField } from '../../ui/form/text-field';
import { useFormSubmit } from '../../ui/form/use-form-submit';
import { MINIMUM_PASSWORD_LENGTH, PasswordRules } from './password-rules';

interface ChoosePasswordFormProps {
  submitLabel: string;
  /** Sends the password with the link's token. */
  send(password: string): Promise<void>;
  /** The link was used or expired: the page offers a way to get a new one. */
  onLinkInvalid?(): void;
}

/** One new password, with the rules shown before typing: for a reset link and for an invitation. */
export function ChoosePasswordForm({ submitLabel, send, onLinkInvalid }: ChoosePasswordFormProps) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const { onSubmit, errors, pending } = useFormSubmit(
    async () => {
      try {
        await send(password);
      } catch (error) {
        if (error instanceof ApiError && error.code === 'link_invalid') onLinkInvalid?.();
        throw error;
      }
    },
    {
      check: () => ({
        password: password.length < MINIMUM_PASSWORD_LENGTH && t('fieldErrors.passwordTooShort'),
      }),
    },
  );
  return (
    <>
      <ErrorSummary
        errors={errors}
        fields={{ password: { id: 'new-password', label: t('choosePassword.label') } }}
      />
      <form className="form" noValidate onSubmit={onSubmit}>
        <PasswordField
          id="new-password"
          name="password"
          label={t('choosePassword.label')}
          hint={<PasswordRules />}
          autoComplete="new-password"
          value={password}
          onValueChange={setPassword}
          error={errors?.fields.password}
        />
        <div className="form__actions">
          <SubmitButton pending={pending}>{submitLabel}</SubmitButton>
        </div>
      </form>
    </>
  );
}
