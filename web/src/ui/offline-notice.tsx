import { useTranslation } from 'react-i18next';
import { useOnlineStatus } from '../offline/use-online-status';

/** A quiet bar under the header while the browser is offline. */
export function OfflineNotice() {
  const { t } = useTranslation();
  const online = useOnlineStatus();
  return (
    <div className="offline-notice" role="status">
      {online ? null : <p>{t('offline')}</p>}
    </div>
  );
}
