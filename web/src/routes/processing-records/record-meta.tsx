import { useTranslation } from 'react-i18next';
import { useFormatDate } from '../../features/privacy/use-format-date';
import { Link } from '../../router/link';
import { useFormatDateTime } from '../../ui/format';
import { Notice } from '../../ui/notice';
import { type ProcessingRecords, processingRecordsDownloadUrl } from './processing-records-api';

/** When the records were made, which statement version they go with, and the downloads. */
export function RecordMeta({ records }: { records: ProcessingRecords }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const formatDateTime = useFormatDateTime();
  const { statement } = records;
  return (
    <div className="record-meta">
      <p>
        <strong>{t('processingRecords.generatedOn', { date: formatDateTime(records.generatedAt) })}</strong>
        <br />
        {t('processingRecords.statementVersion', {
          version: statement.version,
          date: formatDate(statement.publishedAt),
        })}{' '}
        <Link to={`/privacy?version=${statement.version}`}>{t('processingRecords.readStatement')}</Link>
      </p>
      {statement.registersChangedSincePublication ? (
        <Notice tone="warning">
          <p>{t('processingRecords.registersChanged')}</p>
        </Notice>
      ) : null}
      <nav className="record-meta__actions" aria-label={t('processingRecords.downloads')}>
        <a href={processingRecordsDownloadUrl('csv', records.language)} download>
          {t('processingRecords.downloadCsv')}
        </a>
        <a href={processingRecordsDownloadUrl('json', records.language)} download>
          {t('processingRecords.downloadJson')}
        </a>
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          {t('processingRecords.print')}
        </button>
      </nav>
    </div>
  );
}
