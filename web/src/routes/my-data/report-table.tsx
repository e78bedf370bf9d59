import { useTranslation } from 'react-i18next';
import type { Bilingual, ReportTable } from './my-data-api';

/** Rows shown per table on the page; the JSON download holds all of them. */
const SHOWN_ROWS = 25;

/** One value as a person reads it: their own account id as "you", a file as its size. */
function useShowValue(userId: string, organisation: { id: string; name: string }) {
  const { t } = useTranslation();
  return (value: unknown): string => {
    if (value === null || value === undefined || value === '') return t('myData.empty');
    if (value === userId) return t('myData.you');
    if (value === organisation.id) return organisation.name;
    if (typeof value === 'string') return value;
    if (typeof value === 'object' && value !== null && 'byteSize' in value)
      return t('myData.file', { size: String((value as { byteSize: unknown }).byteSize) });
    return JSON.stringify(value).replaceAll(userId, t('myData.you'));
  };
}

/** The rows of one table about the person, with what each column is for. */
export function ReportTableView({
  table,
  userId,
  organisation,
  text,
  recipientName,
  headingId,
}: {
  table: ReportTable;
  userId: string;
  organisation: { id: string; name: string };
  text: (value: Bilingual) => string;
  recipientName: (id: string) => string;
  headingId: string;
}) {
  const { t } = useTranslation();
  const show = useShowValue(userId, organisation);
  const valueFields = table.fields.filter((field) => field.export === 'value');
  const described = table.fields.filter((field) => field.export === 'described');
  const rows = table.rows.slice(0, SHOWN_ROWS);
  const detailKeys = [...new Set(rows.flatMap((row) => Object.keys(row.details)))];
  // Named after what it holds; a reference to the person's own account says nothing on its own.
  const named = table.fields.filter((field) => field.category !== 'reference');
  const caption = (named.length > 0 ? named : table.fields)
    .map((field) => text(field.description))
    .join(', ');
  return (
    <section className="my-data__table" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {caption} <code className="my-data__code">{table.table}</code>
      </h3>
      <p className="my-data__meta">
        {t('myData.foundBy', { how: text(table.foundBy) })} · {t('myData.count', { count: table.rowCount })}
      </p>
      {described.map((field) => (
        <p key={field.column}>
          <strong>{text(field.description)}:</strong>{' '}
          {field.shownAs ? text(field.shownAs) : t('myData.notShown')}
        </p>
      ))}
      {valueFields.length > 0 || detailKeys.length > 0 ? (
        // One card per row, each a list of name and value: readable on a phone without scrolling sideways.
        <ol className="my-data__rows">
          {rows.map((row, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id of their own in every table
            <li key={index} className="my-data__row">
              <dl>
                {valueFields.map((field) => (
                  <div key={field.column} className="my-data__pair">
                    <dt>{text(field.description)}</dt>
                    <dd>{show(row.values[field.column])}</dd>
                  </div>
                ))}
                {detailKeys.length > 0 ? (
                  <div className="my-data__pair my-data__details">
                    <dt>{t('myData.details')}</dt>
                    <dd>
                      {detailKeys
                        .filter((key) => row.details[key] !== null && row.details[key] !== undefined)
                        .map((key) => `${key}: ${show(row.details[key])}`)
                        .join(' · ')}
                    </dd>
                  </div>
                ) : null}
              </dl>
            </li>
          ))}
        </ol>
      ) : null}
      {table.truncated ? (
        <p>{t('myData.truncated', { count: table.rowCount, shown: table.rows.length })}</p>
      ) : table.rowCount > rows.length ? (
        <p>{t('myData.shownFirst', { count: table.rowCount, shown: rows.length })}</p>
      ) : null}
      <details className="my-data__why">
        <summary>{t('myData.why')}</summary>
        {table.fields.map((field) => (
          <dl key={field.column} className="my-data__field">
            <dt>{text(field.description)}</dt>
            <dd>
              {t('myData.purpose')}: {text(field.purpose.name)}. {text(field.purpose.description)}
            </dd>
            <dd>
              {t('myData.legalBasis')}: {text(field.legalBasis.name)} ({field.legalBasis.article})
            </dd>
            <dd>
              {t('myData.retention')}: {text(field.retention)}
            </dd>
            <dd>
              {t('myData.source')}: {text(field.source.text)}
            </dd>
            <dd>
              {t('myData.recipients')}: {field.recipients.map(recipientName).join('; ')}
            </dd>
            {field.portable ? <dd>{t('myData.portable')}</dd> : null}
          </dl>
        ))}
      </details>
    </section>
  );
}
