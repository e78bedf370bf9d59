import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { resetPassword } from '../../api/auth-api';
import { Link } from '../../router/link';
import { useSearchParam } from '../../router/router';
import { useSession } from '../../session/session-context';
import { Notice } from '../../ui/notice';
import { PageTitle } from '../../ui/page-title';
import { ChoosePasswordForm } from './choose-password-form';

/** Where the reset e-mail's link leads: choose a new password. Every session is signed out after. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const token = useSearchParam('token');
  const { refresh } = useSession();
  const [done, setDone] = useState(false);
  const [linkInvalid, setLinkInvalid] = useState(false);

  return (
    <div className="container page narrow">
      <PageTitle>{t('resetPassword.title')}</PageTitle>
      {done ? (
        <>
          <Notice tone="success" focus>
            <p>{t('resetPassword.done')}</p>
          </Notice>
          <p>
            <Link to="/login" className="button button--primary">
              {t('resetPassword.toLogin')}
            </Link>
          </p>
        </>
      ) : token ? (
        <>
          <p className="page__intro">{t('resetPassword.intro')}</p>
          <ChoosePasswordForm
            submitLabel={t('resetPassword.submit')}
            onLinkInvalid={() => setLinkInvalid(true)}
            send={async (password) => {
              await resetPassword({ token, password });
              setDone(true);
              // The server signed out every session, this one too if there was one.
              await refresh();
            }}
          />
        </>
      ) : (
        <Notice tone="error">
          <p>{t('resetPassword.incomplete')}</p>
        </Notice>
      )}
      {!done && (linkInvalid || !token) ? (
        <p>
          <Link to="/forgot-password">{t('resetPassword.newLink')}</Link>
        </p>
      ) : null}
    </div>
  );
}
