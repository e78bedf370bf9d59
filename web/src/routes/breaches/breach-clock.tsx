import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BreachFields } from './breaches-api';

const MINUTE = 60_000;

/**
 * The 72-hour clock in words ("Nog 22 uur 5 min", "3 uur 10 min te laat"), counted on from the
 * server's answer every minute, so a page left open keeps telling the truth. Colour is never the
 * only signal: the words say whether time is short or up.
 */
export function BreachClock({ breach }: { breach: BreachFields }) {
  const { t } = useTranslation();
  const [now, setNow] = useState(() => Date.now());
  // The moment the server's count was received: a new answer starts the count afresh.
  const [loadedAt, setLoadedAt] = useState(now);
  const serverRemaining = breach.clock.remainingMs;
  useEffect(() => {
    if (serverRemaining !== undefined) setLoadedAt(Date.now());
  }, [serverRemaining]);
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), MINUTE);
    return () => window.clearInterval(timer);
  }, []);
  const { state } = breach.clock;
  if (state === 'stopped')
    return <span className="breach-clock breach-clock--stopped">{t('breaches.clock.stopped')}</span>;
  const remaining = serverRemaining - Math.max(0, now - loadedAt);
  const shown = remaining <= 0 ? 'overdue' : remaining <= 24 * 60 * MINUTE ? 'due-soon' : 'running';
  const minutesTotal = Math.floor(Math.abs(remaining) / MINUTE);
  const hours = Math.floor(minutesTotal / 60);
  const minutes = minutesTotal % 60;
  const time =
    hours > 0
      ? t('breaches.duration.hours', { hours, minutes })
      : t('breaches.duration.minutes', { minutes });
  return (
    <strong className={`breach-clock breach-clock--${shown}`}>
      {t(`breaches.clock.${shown}`, { time })}
    </strong>
  );
}
