import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemText } from '../../api/api-client';
import { Notice } from '../../ui/notice';
import { PageTitle } from '../../ui/page-title';
import { confirmPublicRequest, formatDate, tokenFromHash } from './privacy-requests-api';

// A link works once: a second render (StrictMode, a re-mount) reuses the first answer.
const confirmations = new Map<string, Promise<{ dueAt: string }>>();

function confirmOnce(token: string) {
  let confirmation = confirmations.get(token);
  if (!confirmation) {
    confirmation = confirmPublicRequest(token);
    confirmations.set(token, confirmation);
  }
  return confirmation;
}

/** Where the link in the confirmation e-mail leads: the request counts from now on. */
export function ConfirmRequestPage() {
  const { t } = useTranslation();
  const [token] = useState(tokenFromHash);
  const [result, setResult] = useState<{ ok: true; dueAt: string } | { ok: false; message: string }>();
  useEffect(() => {
    if (!token) return;
    let current = true;
    confirmOnce(token).then(
      (confirmed) => current && setResult({ ok: true, dueAt: confirmed.dueAt }),
      (error: unknown) => current && setResult({ ok: false, message: problemText(error) }),
    );
    return () => {
      current = false;
    };
  }, [token]);
  return (
    <div className="container page narrow">
      <PageTitle>{t('privacyRequests.confirm.title')}</PageTitle>
      {!token ? (
        <Notice tone="error">
          <p>{t('privacyRequests.confirm.incomplete')}</p>
        </Notice>
      ) : !result ? (
        <p role="status" className="loading">
          {t('privacyRequests.confirm.checking')}
        </p>
      ) : result.ok ? (
        <Notice tone="success" focus>
          <p>{t('privacyRequests.confirm.done', { date: formatDate(result.dueAt) })}</p>
        </Notice>
      ) : (
        <Notice tone="error" focus>
          <p>{result.message}</p>
        </Notice>
      )}
    </div>
  );
}
