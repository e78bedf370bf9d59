import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cancelOrganisation } from '../../api/organisation-api';
import { navigate } from '../../router/router';
import { useSession } from '../../session/session-context';
import { ErrorSummary } from '../../ui/form/error-summary';
import { withPasswordCheck } from '../../ui/form/password-problem';
import { SubmitButton } from '../../ui/form/submit-button';
import { PasswordField } from '../../ui/form/text-field';
import { useFormSubmit } from '../../ui/form/use-form-submit';

/** The danger zone: cancelling the whole organisation, confirmed with the admin's own password. */
export function CancelOrganisationForm() {
  const { t } = useTranslation();
  const { signOut } = useSession();
  const [password, setPassword] = useState('');
  const { onSubmit, errors, pending } = useFormSubmit(
    async () => {
      await withPasswordCheck(cancelOrganisation(password));
      // The server has signed everyone out already; forget the session here too.
      await signOut();
      navigate('/');
    },
    { check: () => ({ password: !password && t('login.passwordMissing') }) },
  );
  return (
    <section className="page-section danger-zone" aria-labelledby="cancel-organisation">
      <h2 id="cancel-organisation">{t('dangerZone')}</h2>
      <form
        className="form form--compact"
        noValidate
        onSubmit={onSubmit}
        aria-labelledby="cancel-organisation-title"
      >
        <h3 id="cancel-organisation-title">{t('cancelOrganisation.title')}</h3>
        <p>{t('cancelOrganisation.text')}</p>
        <ErrorSummary
          errors={errors}
          fields={{
            password: { id: 'cancel-organisation-password', label: t('cancelOrganisation.password') },
          }}
        />
        <PasswordField
          id="cancel-organisation-password"
          name="password"
          label={t('cancelOrganisation.password')}
          hint={t('cancelOrganisation.passwordHint')}
          autoComplete="current-password"
          value={password}
          onValueChange={setPassword}
          error={errors?.fields.password}
        />
        <div className="form__actions">
          <SubmitButton pending={pending} variant="danger">
            {t('cancelOrganisation.confirm')}
          </SubmitButton>
        </div>
      </form>
    </section>
  );
}
