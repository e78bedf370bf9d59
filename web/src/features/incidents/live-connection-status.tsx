import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveConnection, useLiveProgress } from './incident-events';

// The first connection usually opens at once; only a slow one is worth a word.
const FIRST_CONNECT_GRACE_MS = 3_000;

/**
 * A small line that says live updates are not coming in right now. Always rendered (empty when all
 * is well), so screen readers announce it when it appears and when it goes.
 */
export function LiveConnectionStatus() {
  const { t } = useTranslation();
  const status = useLiveConnection();
  const { everOpen } = useLiveProgress();
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    const timer = window.setTimeout(() => setSlow(true), FIRST_CONNECT_GRACE_MS);
    return () => window.clearTimeout(timer);
  }, []);
  const show = status === 'connecting' && (everOpen || slow);
  return (
    <p className={show ? 'live-status live-status--lost' : 'live-status'} role="status">
      {show ? (
        <>
          <span className="live-status__dot" aria-hidden="true" />
          {everOpen ? t('incidentRoom.live.reconnecting') : t('incidentRoom.live.connecting')}
        </>
      ) : null}
    </p>
  );
}
