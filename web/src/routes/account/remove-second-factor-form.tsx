import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/api-client';
import { removeSecondFactor } from '../../api/me-api';
import { useSession } from '../../session/session-context';
import { ErrorSummary } from '../../ui/form/error-summary';
import { SubmitButton } from '../../ui/form/submit-button';
import { PasswordField } from '../../ui/form/text-field';
import { useFormSubmit } from '../../ui/form/use-form-submit';

/** Switching the second factor off asks for the password again: a borrowed phone is not enough. */
export function RemoveSecondFactorForm({ onRemoved }: { onRemoved(): void }) {
  const { t } = useTranslation();
  const { refresh } = useSession();
  const [password, setPassword] = useState('');
  const { onSubmit, errors, pending } = useFormSubmit(
    async () => {
      try {
        await removeSecondFactor(password);
      } catch (error) {
        // A wrong password is about this field; the server's sentence says so.
        if (error instanceof ApiError && error.code === 'invalid_credentials') {
          throw new ApiError(error.status, error.code, error.message, {
            fields: [{ path: 'password', message: error.message }],
          });
        }
        throw error;
      }
      setPassword('');
      onRemoved();
      await refresh();
    },
    { check: () => ({ password: !password && t('login.passwordMissing') }) },
  );
  return (
    <form
      className="form form--compact"
      noValidate
      onSubmit={onSubmit}
      aria-labelledby="remove-second-factor"
    >
      <h3 id="remove-second-factor">{t('secondFactor.removeTitle')}</h3>
      <p>{t('secondFactor.removeText')}</p>
      <ErrorSummary
        errors={errors}
        fields={{ password: { id: 'remove-second-factor-password', label: t('secondFactor.password') } }}
      />
      <PasswordField
        id="remove-second-factor-password"
        name="password"
        label={t('secondFactor.password')}
        autoComplete="current-password"
        value={password}
        onValueChange={setPassword}
        error={errors?.fields.password}
      />
      <div className="form__actions">
        <SubmitButton pending={pending} variant="danger">
          {t('secondFactor.remove')}
        </SubmitButton>
      </div>
    </form>
  );
}
