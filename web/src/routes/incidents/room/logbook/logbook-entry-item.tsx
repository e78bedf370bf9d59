import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { attachmentUrl, type LogbookEntry } from '../../../../api/logbook-api';
import type { LogbookClassification } from '../../../../api/preparation-types';
import { useFormatDateTime } from '../../../../ui/format';
import { CorrectionForm } from './correction-form';
import { EntryHistory } from './entry-history';
import { formatBytes } from './logbook-rules';

// An entry written more than this long after it happened shows when it was written too.
const LATE_ENTRY_MS = 5 * 60_000;

interface LogbookEntryItemProps {
  incidentId: string;
  entry: LogbookEntry;
  canCorrect: boolean;
  classifications: LogbookClassification[];
  onCorrected(entry: LogbookEntry): void;
}

/** One entry: when, who, what kind, the text, its attachment, and its corrections. */
export function LogbookEntryItem({
  incidentId,
  entry,
  canCorrect,
  classifications,
  onCorrected,
}: LogbookEntryItemProps) {
  const { t, i18n } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const [correcting, setCorrecting] = useState(false);
  const [showHistory, setShowHistory] = useState(false);
  const correctButton = useRef<HTMLButtonElement>(null);
  // Back to "corrigeer" once the form closes, so keyboard users continue where they were.
  const [returnFocus, setReturnFocus] = useState(false);
  useEffect(() => {
    if (!returnFocus || correcting) return;
    correctButton.current?.focus();
    setReturnFocus(false);
  }, [returnFocus, correcting]);
  const titleId = `entry-${entry.sequence}`;
  const late = new Date(entry.createdAt).getTime() - new Date(entry.occurredAt).getTime() > LATE_ENTRY_MS;
  const author = entry.author?.name ?? t('incidentRoom.unknownPerson');

  return (
    <li
      className={entry.isDecision ? 'logbook-entry logbook-entry--decision' : 'logbook-entry'}
      aria-labelledby={titleId}
    >
      <div className="logbook-entry__meta">
        <h3 id={titleId} className="logbook-entry__title">
          <span className="logbook-entry__number">#{entry.sequence}</span>{' '}
          <time dateTime={entry.occurredAt}>{formatDateTime(entry.occurredAt)}</time>
          <span className="visually-hidden">, {author}</span>
        </h3>
        <span className="logbook-entry__author" aria-hidden="true">
          {author}
        </span>
        <span className="badges">
          {entry.isDecision ? (
            <span className="badge badge--decision">{t('incidentLogbook.decision')}</span>
          ) : null}
          {entry.classification ? (
            <span className="badge badge--neutral">{entry.classification.name}</span>
          ) : null}
          {entry.corrected ? (
            <span className="badge badge--corrected">{t('incidentLogbook.corrected')}</span>
          ) : null}
        </span>
      </div>
      <p className="logbook-entry__text preserve-lines">{entry.text}</p>
      {entry.labels.length > 0 ? (
        <ul className="tag-list" aria-label={t('incidentLogbook.form.labels')}>
          {entry.labels.map((label) => (
            <li key={label.id} className="tag">
              {label.name}
            </li>
          ))}
        </ul>
      ) : null}
      {entry.attachment ? (
        <p className="logbook-entry__attachment">
          <a href={attachmentUrl(incidentId, entry.attachment.id)} download={entry.attachment.fileName}>
            {t('incidentLogbook.attachment', {
              name: entry.attachment.fileName,
              size: formatBytes(entry.attachment.byteSize, i18n.resolvedLanguage),
            })}
          </a>
        </p>
      ) : null}
      {entry.corrected && entry.correctionReason ? (
        <p className="logbook-entry__note">
          {t('incidentLogbook.correctedBecause', { reason: entry.correctionReason })}
        </p>
      ) : null}
      {late ? (
        <p className="logbook-entry__note">
          {t('incidentLogbook.writtenAt', { time: formatDateTime(entry.createdAt) })}
        </p>
      ) : null}
      {canCorrect || entry.corrected ? (
        <div className="card__actions">
          {canCorrect && !correcting ? (
            <button
              ref={correctButton}
              type="button"
              className="button button--secondary button--small"
              onClick={() => setCorrecting(true)}
            >
              {t('incidentLogbook.correct')}
              <span className="visually-hidden">
                {' '}
                {t('incidentLogbook.entryNumber', { number: entry.sequence })}
              </span>
            </button>
          ) : null}
          {entry.corrected ? (
            <button
              type="button"
              className="button button--secondary button--small"
              aria-expanded={showHistory}
              onClick={() => setShowHistory(!showHistory)}
            >
              {showHistory ? t('incidentLogbook.hideHistory') : t('incidentLogbook.showHistory')}
              <span className="visually-hidden">
                {' '}
                {t('incidentLogbook.entryNumber', { number: entry.sequence })}
              </span>
            </button>
          ) : null}
        </div>
      ) : null}
      {correcting ? (
        <CorrectionForm
          incidentId={incidentId}
          entry={entry}
          classifications={classifications}
          onCorrected={(corrected) => {
            onCorrected(corrected);
            setCorrecting(false);
            setReturnFocus(true);
          }}
          onCancel={() => {
            setCorrecting(false);
            setReturnFocus(true);
          }}
        />
      ) : null}
      {showHistory && entry.corrected ? <EntryHistory incidentId={incidentId} entry={entry} /> : null}
    </li>
  );
}
