import { useTranslation } from 'react-i18next';
import { cancelMyAccount } from '../../api/me-api';
import { navigate } from '../../router/router';
import { useSession } from '../../session/session-context';
import { PasswordConfirmForm } from '../../ui/form/password-confirm-form';

/** The danger zone of the profile: cancelling one's own account, confirmed with the password. */
export function CancelAccountForm({ isAdmin }: { isAdmin: boolean }) {
  const { t } = useTranslation();
  const { signOut } = useSession();
  return (
    <section className="page-section danger-zone" aria-labelledby="cancel-account">
      <h2 id="cancel-account">{t('dangerZone')}</h2>
      <PasswordConfirmForm
        id="cancel-account"
        title={t('cancelAccount.title')}
        passwordLabel={t('cancelAccount.password')}
        submitLabel={t('cancelAccount.submit')}
        action={cancelMyAccount}
        onDone={async () => {
          // The server ended every session of this account; forget it here too.
          await signOut();
          navigate('/');
        }}
      >
        <p>{t('cancelAccount.text')}</p>
        {isAdmin ? <p>{t('cancelAccount.lastAdmin')}</p> : null}
      </PasswordConfirmForm>
    </section>
  );
}
