import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../../router/link';
import { fetchStatementNotice, markStatementSeen, type StatementNotice } from './privacy-statement-api';
import './privacy-notice.css';

/**
 * Tells a signed-in person once that the privacy statement changed (P16). Following the link or
 * dismissing the notice records that they were told, on every device.
 */
export function PrivacyStatementNotice() {
  const { t } = useTranslation();
  const [notice, setNotice] = useState<StatementNotice>();

  useEffect(() => {
    const controller = new AbortController();
    // A failure here only means the notice waits for the next page load.
    fetchStatementNotice(controller.signal).then(setNotice, () => undefined);
    return () => controller.abort();
  }, []);

  if (!notice?.changed) return null;
  const seen = () => {
    setNotice(undefined);
    void markStatementSeen(notice.currentVersion).catch(() => undefined);
  };
  const from = Math.max(
    1,
    Math.min(notice.seenVersion ?? notice.currentVersion - 1, notice.currentVersion - 1),
  );
  return (
    <section className="privacy-notice" aria-labelledby="privacy-notice-title">
      <h2 id="privacy-notice-title" className="visually-hidden">
        {t('privacy.notice.label')}
      </h2>
      <p>{t('privacy.notice.text')}</p>
      <div className="privacy-notice__actions">
        <Link to={`/privacy?from=${from}&to=${notice.currentVersion}`} onClick={seen}>
          {t('privacy.notice.read')}
        </Link>
        <button type="button" className="button button--secondary button--small" onClick={seen}>
          {t('privacy.notice.dismiss')}
        </button>
      </div>
    </section>
  );
}
