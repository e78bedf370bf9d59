import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, problemText } from '../../api/api-client';
import type { SessionSummary } from '../../api/api-types';
import { endMySession, listMySessions } from '../../api/me-api';
import { useFormatDateTime } from '../../ui/format';
import { Notice, StatusMessage } from '../../ui/notice';
import { describeSession } from './describe-session';

/** "Mijn sessies": where the user is signed in, with a way to sign out any other device. */
export function SessionsSection() {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const [sessions, setSessions] = useState<SessionSummary[]>();
  const [problem, setProblem] = useState<string>();
  const [status, setStatus] = useState<string>();
  const [ending, setEnding] = useState<string>();
  const heading = useRef<HTMLHeadingElement>(null);

  const load = useCallback(async (signal?: AbortSignal) => {
    try {
      const list = await listMySessions(signal);
      // This device first: the one the user recognises.
      setSessions([...list].sort((a, b) => Number(b.current) - Number(a.current)));
      setProblem(undefined);
    } catch (error) {
      if (signal?.aborted) return;
      setProblem(problemText(error));
    }
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    void load(controller.signal);
    return () => controller.abort();
  }, [load]);

  async function end(session: SessionSummary) {
    if (ending) return;
    setEnding(session.id);
    setStatus(undefined);
    try {
      await endMySession(session.id);
      setStatus(t('sessions.ended', { device: describeSession(session, t) }));
    } catch (error) {
      // Already gone (expired, or ended elsewhere): the fresh list says the rest.
      if (!(error instanceof ApiError && error.status === 404)) {
        setProblem(problemText(error));
      }
    } finally {
      setEnding(undefined);
    }
    await load();
    // The button that was pressed is gone; continue from the section's heading.
    heading.current?.focus();
  }

  return (
    <section className="page-section" aria-labelledby="sessions-title">
      <h2 id="sessions-title" ref={heading} tabIndex={-1}>
        {t('sessions.title')}
      </h2>
      <p>{t('sessions.intro')}</p>
      <StatusMessage message={status} />
      {problem ? (
        <Notice tone="error">
          <p>{problem}</p>
        </Notice>
      ) : null}
      {!sessions && !problem ? (
        <p role="status" className="loading">
          {t('access.loading')}
        </p>
      ) : null}
      {sessions ? (
        <ul className="card-list">
          {sessions.map((session) => {
            const description = describeSession(session, t);
            return (
              <li key={session.id} className="card">
                <div className="card__header">
                  <h3 className="card__title">{description}</h3>
                  {session.current ? (
                    <span className="badge badge--good">{t('sessions.current')}</span>
                  ) : null}
                </div>
                <dl className="facts">
                  <div>
                    <dt>{t('sessions.ipAddress')}</dt>
                    <dd>{session.ipAddress ?? t('sessions.unknown')}</dd>
                  </div>
                  <div>
                    <dt>{t('sessions.lastSeen')}</dt>
                    <dd>
                      <time dateTime={session.lastSeenAt}>{formatDateTime(session.lastSeenAt)}</time>
                    </dd>
                  </div>
                  <div>
                    <dt>{t('sessions.signedIn')}</dt>
                    <dd>
                      <time dateTime={session.createdAt}>{formatDateTime(session.createdAt)}</time>
                    </dd>
                  </div>
                </dl>
                {session.current ? (
                  <p className="card__note">{t('sessions.currentNote')}</p>
                ) : (
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    aria-busy={ending === session.id || undefined}
                    onClick={() => void end(session)}
                  >
                    {ending === session.id ? t('form.busy') : t('sessions.end')}
                    <span className="visually-hidden"> {description}</span>
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}
