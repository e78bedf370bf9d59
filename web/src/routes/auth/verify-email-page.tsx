import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemText } from '../../api/api-client';
import { verifyEmail } from '../../api/auth-api';
import { Link } from '../../router/link';
import { useSearchParam } from '../../router/router';
import { Notice } from '../../ui/notice';
import { PageTitle } from '../../ui/page-title';

// A token works once: remember the request, so a second render (StrictMode, a re-mount) reuses it.
const verifications = new Map<string, Promise<void>>();

function verifyOnce(token: string): Promise<void> {
  let verification = verifications.get(token);
  if (!verification) {
    verification = verifyEmail(token).then(() => undefined);
    verifications.set(token, verification);
  }
  return verification;
}

/** Where the link in the confirmation e-mail leads: confirms the address at once. */
export function VerifyEmailPage() {
  const { t } = useTranslation();
  const token = useSearchParam('token');
  const [result, setResult] = useState<{ ok: true } | { ok: false; message: string }>();

  useEffect(() => {
    if (!token) return;
    let current = true;
    verifyOnce(token).then(
      () => current && setResult({ ok: true }),
      (error: unknown) => current && setResult({ ok: false, message: problemText(error) }),
    );
    return () => {
      current = false;
    };
  }, [token]);

  return (
    <div className="container page narrow">
      <PageTitle>{t('verifyEmail.title')}</PageTitle>
      {!token ? (
        <Notice tone="error">
          <p>{t('verifyEmail.incomplete')}</p>
        </Notice>
      ) : !result ? (
        <p role="status" className="loading">
          {t('verifyEmail.checking')}
        </p>
      ) : result.ok ? (
        <Notice tone="success" focus>
          <p>{t('verifyEmail.done')}</p>
        </Notice>
      ) : (
        <Notice tone="error" focus>
          <p>{result.message}</p>
        </Notice>
      )}
      <p>
        <Link to="/login" className="button button--primary">
          {t('verifyEmail.toLogin')}
        </Link>
      </p>
    </div>
  );
}
