import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchSystemStatus, type SystemStatus } from '../features/status/fetch-system-status';
import { useOnlineStatus } from '../offline/use-online-status';
import { PageTitle } from '../ui/page-title';
import './status-page.css';

type Tone = 'good' | 'bad' | 'neutral';

function useSystemStatus(online: boolean) {
  const [status, setStatus] = useState<SystemStatus>();
  const [checking, setChecking] = useState(false);
  const controller = useRef<AbortController>(undefined);

  const check = useCallback(async () => {
    controller.current?.abort();
    const current = new AbortController();
    controller.current = current;
    setChecking(true);
    try {
      setStatus(await fetchSystemStatus(current.signal));
    } catch {
      // Aborted: a newer check or leaving the page; that one decides what is shown.
    } finally {
      if (controller.current === current) setChecking(false);
    }
  }, []);

  useEffect(() => {
    if (online) void check();
    return () => controller.current?.abort();
  }, [online, check]);

  return { status, checking, check };
}

export function StatusPage() {
  const { t, i18n } = useTranslation();
  const online = useOnlineStatus();
  const { status, checking, check } = useSystemStatus(online);

  let summary: { tone: Tone; text: string };
  if (!online) summary = { tone: 'neutral', text: t('status.summaryOffline') };
  else if (!status) summary = { tone: 'neutral', text: t('status.checking') };
  else if (status.server === 'unreachable') summary = { tone: 'bad', text: t('status.summaryUnreachable') };
  else if (status.readiness === 'ready') summary = { tone: 'good', text: t('status.summaryReady') };
  else summary = { tone: 'bad', text: t('status.summaryNotReady') };

  let database: { tone: Tone; text: string } = { tone: 'neutral', text: t('status.unknown') };
  if (status?.readiness === 'ready') {
    const text = status.database === 'postgres' ? t('status.databasePostgres') : t('status.databasePglite');
    database = { tone: 'good', text: status.database ? text : t('status.reachable') };
  } else if (status?.readiness === 'not-ready') database = { tone: 'bad', text: t('status.notReady') };
  else if (status?.server === 'unreachable') database = { tone: 'bad', text: t('status.unreachable') };

  const time = new Intl.DateTimeFormat(i18n.resolvedLanguage, { timeStyle: 'medium', hourCycle: 'h23' });

  return (
    <div className="container page">
      <PageTitle>{t('status.title')}</PageTitle>
      <p className="page__intro">{t('status.intro')}</p>
      <p className={`status-summary status-summary--${summary.tone}`} role="status">
        {summary.text}
      </p>
      {status ? (
        <dl className="status-list">
          <div>
            <dt>{t('status.server')}</dt>
            <dd>
              <StatusBadge tone={status.server === 'reachable' ? 'good' : 'bad'}>
                {status.server === 'reachable' ? t('status.reachable') : t('status.unreachable')}
              </StatusBadge>
            </dd>
          </div>
          <div>
            <dt>{t('status.database')}</dt>
            <dd>
              <StatusBadge tone={database.tone}>{database.text}</StatusBadge>
            </dd>
          </div>
          <div>
            <dt>{t('status.version')}</dt>
            <dd>{status.version ?? t('status.unknown')}</dd>
          </div>
          <div>
            <dt>{t('status.checkedAt')}</dt>
            <dd>
              <time dateTime={status.checkedAt.toISOString()}>{time.format(status.checkedAt)}</time>
            </dd>
          </div>
        </dl>
      ) : null}
      <button
        type="button"
        className="button button--secondary"
        onClick={() => void check()}
        disabled={checking || !online}
      >
        {t('status.refresh')}
      </button>
    </div>
  );
}

function StatusBadge({ tone, children }: { tone: Tone; children: string }) {
  return <span className={`badge badge--${tone}`}>{children}</span>;
}
