import { useTranslation } from 'react-i18next';
import type { PrivacyStatement } from '../../features/privacy/privacy-statement-api';
import { useFormatDate } from '../../features/privacy/use-format-date';
import { Link } from '../../router/link';

/** Every version with its date and what changed, a link to read it and one to see its changes. */
export function VersionsTable({ statement }: { statement: PrivacyStatement }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const labels = {
    version: t('privacy.versionColumn'),
    date: t('privacy.dateColumn'),
    summary: t('privacy.summaryColumn'),
    actions: t('privacy.actionsColumn'),
  };
  return (
    <section aria-labelledby="privacy-versions" className="page-section">
      <h2 id="privacy-versions">{t('privacy.versionsTitle')}</h2>
      <p>{t('privacy.versionsIntro')}</p>
      <table className="data-table">
        <caption className="visually-hidden">{t('privacy.versionsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{labels.version}</th>
            <th scope="col">{labels.date}</th>
            <th scope="col">{labels.summary}</th>
            <th scope="col">{labels.actions}</th>
          </tr>
        </thead>
        <tbody>
          {statement.versions.map((item) => (
            <tr key={item.version}>
              <th scope="row" data-label={labels.version}>
                <span>
                  {item.version}{' '}
                  {item.version === statement.currentVersion
                    ? t('privacy.current')
                    : item.version === statement.version
                      ? t('privacy.reading')
                      : ''}
                </span>
              </th>
              <td data-label={labels.date}>
                <time dateTime={item.publishedAt}>{formatDate(item.publishedAt)}</time>
              </td>
              <td data-label={labels.summary}>{item.changeSummary}</td>
              <td data-label={labels.actions}>
                <ul className="privacy-statement__version-links">
                  <li>
                    <Link
                      to={
                        item.version === statement.currentVersion
                          ? '/privacy'
                          : `/privacy?version=${item.version}`
                      }
                    >
                      {t('privacy.read', { version: item.version })}
                    </Link>
                  </li>
                  {item.version > 1 ? (
                    <li>
                      <Link to={`/privacy?from=${item.version - 1}&to=${item.version}`}>
                        {t('privacy.compare', { version: item.version - 1 })}
                      </Link>
                    </li>
                  ) : null}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
