import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cancelMyAccount } from '../../api/me-api';
import { navigate } from '../../router/router';
import { useSession } from '../../session/session-context';
import { ErrorSummary } from '../../ui/form/error-summary';
import { withPasswordCheck } from '../../ui/form/password-problem';
import { SubmitButton } from '../../ui/form/submit-button';
import { PasswordField } from '../../ui/form/text-field';
import { useFormSubmit } from '../../ui/form/use-form-submit';

/** The danger zone of the profile: cancelling one's own account, confirmed with the password. */
export function CancelAccountForm({ isAdmin }: { isAdmin: boolean }) {
  const { t } = useTranslation();
  const { signOut } = useSession();
  const [password, setPassword] = useState('');
  const { onSubmit, errors, pending } = useFormSubmit(
    async () => {
      await withPasswordCheck(cancelMyAccount(password));
      // The server ended every session of this account; forget it here too.
      await signOut();
      navigate('/');
    },
    { check: () => ({ password: !password && t('login.passwordMissing') }) },
  );
  return (
    <section className="page-section danger-zone" aria-labelledby="cancel-account">
      <h2 id="cancel-account">{t('dangerZone')}</h2>
      <form
        className="form form--compact"
        noValidate
        onSubmit={onSubmit}
        aria-labelledby="cancel-account-title"
      >
        <h3 id="cancel-account-title">{t('cancelAccount.title')}</h3>
        <p>{t('cancelAccount.text')}</p>
        {isAdmin ? <p>{t('cancelAccount.lastAdmin')}</p> : null}
        <ErrorSummary
          errors={errors}
          fields={{ password: { id: 'cancel-account-password', label: t('cancelAccount.password') } }}
        />
        <PasswordField
          id="cancel-account-password"
          name="password"
          label={t('cancelAccount.password')}
          autoComplete="current-password"
          value={password}
          onValueChange={setPassword}
          error={errors?.fields.password}
        />
        <div className="form__actions">
          <SubmitButton pending={pending} variant="danger">
            {t('cancelAccount.submit')}
          </SubmitButton>
        </div>
      </form>
    </section>
  );
}
