import { useTranslation } from 'react-i18next';
import { cancelOrganisation } from '../../api/organisation-api';
import { navigate } from '../../router/router';
import { useSession } from '../../session/session-context';
import { PasswordConfirmForm } from '../../ui/form/password-confirm-form';

/** The danger zone: cancelling the whole organisation, confirmed with the admin's own password. */
export function CancelOrganisationForm() {
  const { t } = useTranslation();
  const { signOut } = useSession();
  return (
    <section className="page-section danger-zone" aria-labelledby="cancel-organisation">
      <h2 id="cancel-organisation">{t('dangerZone')}</h2>
      <PasswordConfirmForm
        id="cancel-organisation"
        title={t('cancelOrganisation.title')}
        passwordLabel={t('cancelOrganisation.password')}
        passwordHint={t('cancelOrganisation.passwordHint')}
        submitLabel={t('cancelOrganisation.confirm')}
        action={cancelOrganisation}
        onDone={async () => {
          // The server has signed everyone out already; forget the session here too.
          await signOut();
          navigate('/');
        }}
      >
        <p>{t('cancelOrganisation.text')}</p>
      </PasswordConfirmForm>
    </section>
  );
}
