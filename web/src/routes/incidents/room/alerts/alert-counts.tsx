import { useTranslation } from 'react-i18next';
import type { AlertCounts as Counts } from '../../../../api/alerts-api';

const SHOWN = ['coming', 'unavailable', 'acknowledged', 'noResponse'] as const;

/** Coming, not available, seen, no answer yet: the four numbers the crisis team looks at first. */
export function AlertCounts({ counts }: { counts: Counts }) {
  const { t } = useTranslation();
  return (
    <ul className="alert-counts" aria-label={t('alerts.board.countsLabel')}>
      {SHOWN.map((key) => (
        <li key={key} className={`alert-counts__item alert-counts__item--${key}`}>
          <span className="alert-counts__number">{counts[key]}</span>{' '}
          <span className="alert-counts__label">{t(`alerts.board.count.${key}`)}</span>
        </li>
      ))}
    </ul>
  );
}
