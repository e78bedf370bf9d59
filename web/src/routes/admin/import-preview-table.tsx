import { useTranslation } from 'react-i18next';
import type { ImportPreviewRow } from '../../api/api-types';

/** The lines of the file as the server read them, each with its problems in plain words. */
export function ImportPreviewTable({ rows }: { rows: ImportPreviewRow[] }) {
  const { t } = useTranslation();
  const labels = {
    line: t('userImport.line'),
    name: t('userImport.name'),
    email: t('userImport.email'),
    phone: t('userImport.phone'),
    teams: t('userImport.teams'),
    problems: t('userImport.problems'),
  };
  return (
    <div className="table-scroll">
      <table className="data-table import-table">
        <caption className="visually-hidden">{t('userImport.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{labels.line}</th>
            <th scope="col">{labels.name}</th>
            <th scope="col">{labels.email}</th>
            <th scope="col">{labels.phone}</th>
            <th scope="col">{labels.teams}</th>
            <th scope="col">{labels.problems}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.line} className={row.problems.length > 0 ? 'import-table__row--problem' : undefined}>
              <th scope="row" data-label={labels.line}>
                {row.line}
              </th>
              <td data-label={labels.name}>{row.name}</td>
              <td data-label={labels.email} className="import-table__email">
                {row.email}
              </td>
              <td data-label={labels.phone}>{row.phone ?? ''}</td>
              <td data-label={labels.teams}>{row.teams.join(', ')}</td>
              <td data-label={labels.problems}>
                {row.problems.length > 0 ? (
                  <ul className="import-table__problems">
                    {row.problems.map((problem) => (
                      <li key={problem.code}>{problem.message}</li>
                    ))}
                  </ul>
                ) : (
                  <span className="badge badge--good">{t('userImport.ok')}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
