import { useTranslation } from 'react-i18next';
import { acceptInvitation } from '../../api/auth-api';
import { navigate, useSearchParam } from '../../router/router';
import { useSession } from '../../session/session-context';
import { Notice } from '../../ui/notice';
import { PageTitle } from '../../ui/page-title';
import { ChoosePasswordForm } from './choose-password-form';

/** Where the invitation e-mail's link leads: choose a password, and be signed in. */
export function AcceptInvitationPage() {
  const { t } = useTranslation();
  const token = useSearchParam('token');
  const { signedIn } = useSession();

  return (
    <div className="container page narrow">
      <PageTitle>{t('acceptInvitation.title')}</PageTitle>
      {token ? (
        <>
          <p className="page__intro">{t('acceptInvitation.intro')}</p>
          <ChoosePasswordForm
            submitLabel={t('acceptInvitation.submit')}
            send={async (password) => {
              const result = await acceptInvitation({ token, password });
              if (result.status !== 'signed_in') return;
              signedIn(result.user);
              // A required second factor takes over from here (see route-access).
              navigate('/profile');
            }}
          />
        </>
      ) : (
        <Notice tone="error">
          <p>{t('acceptInvitation.incomplete')}</p>
        </Notice>
      )}
    </div>
  );
}
