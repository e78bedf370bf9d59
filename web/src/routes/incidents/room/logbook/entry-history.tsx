import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemText } from '../../../../api/api-client';
import { type LogbookEntry, logbookEntryHistory } from '../../../../api/logbook-api';
import { useFormatDateTime } from '../../../../ui/format';
import { Notice } from '../../../../ui/notice';

/** Every revision of an entry, the original first, each with who wrote it, when, and why it changed. */
export function EntryHistory({ incidentId, entry }: { incidentId: string; entry: LogbookEntry }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const [revisions, setRevisions] = useState<LogbookEntry[]>();
  const [problem, setProblem] = useState<string>();

  // Asked again when a new correction arrives while the history is open.
  const revision = entry.revision;
  useEffect(() => {
    void revision;
    const controller = new AbortController();
    logbookEntryHistory(incidentId, entry.id, controller.signal)
      .then((found) => {
        setRevisions(found);
        setProblem(undefined);
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        setProblem(problemText(error));
      });
    return () => controller.abort();
  }, [incidentId, entry.id, revision]);

  const titleId = `history-${entry.sequence}`;
  return (
    <section className="logbook-history" aria-labelledby={titleId}>
      <h4 id={titleId} className="logbook-history__title">
        {t('incidentLogbook.history.title', { number: entry.sequence })}
      </h4>
      {problem ? (
        <Notice tone="error">
          <p>{problem}</p>
        </Notice>
      ) : null}
      {revisions ? (
        <ol className="logbook-history__list">
          {revisions.map((revision) => (
            <li key={revision.id} className="logbook-history__revision">
              <p className="logbook-history__meta">
                <strong>
                  {revision.revision === 1
                    ? t('incidentLogbook.history.original')
                    : t('incidentLogbook.history.correction', { number: revision.revision - 1 })}
                </strong>
                {' · '}
                <time dateTime={revision.createdAt}>{formatDateTime(revision.createdAt)}</time>
                {' · '}
                {revision.author?.name ?? t('incidentRoom.unknownPerson')}
              </p>
              {revision.correctionReason ? (
                <p className="logbook-history__reason">
                  {t('incidentLogbook.history.reason', { reason: revision.correctionReason })}
                </p>
              ) : null}
              <p className="preserve-lines">{revision.text}</p>
            </li>
          ))}
        </ol>
      ) : problem ? null : (
        <p className="loading">{t('access.loading')}</p>
      )}
    </section>
  );
}
