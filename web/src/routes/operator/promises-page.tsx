import { useTranslation } from 'react-i18next';
import { listPromises, type PromiseAnnotation, type PromiseEntry } from '../../api/operator-api';
import { Notice } from '../../ui/notice';
import { PageTitle } from '../../ui/page-title';
import { useLoaded } from '../admin/use-loaded';
import '../admin/admin-pages.css';
import './promises-page.css';

/**
 * The promise register for operator staff and auditors: each promise of the privacy statement,
 * whether it is kept, and the code and tests behind it, as annotated in the source.
 */
export function PromisesPage() {
  const { t } = useTranslation();
  const promises = useLoaded(listPromises);
  const counts = promises.data
    ? {
        kept: promises.data.filter((entry) => entry.status === 'kept').length,
        total: promises.data.length,
      }
    : undefined;
  return (
    <div className="container page">
      <PageTitle>{t('promises.title')}</PageTitle>
      <p className="page__intro">{t('promises.intro')}</p>
      {counts ? <p>{t('promises.summary', counts)}</p> : null}
      {promises.problem ? (
        <Notice tone="error">
          <p>{promises.problem}</p>
        </Notice>
      ) : null}
      {promises.data ? (
        <ol className="promise-list">
          {promises.data.map((entry) => (
            <PromiseItem key={entry.id} entry={entry} />
          ))}
        </ol>
      ) : promises.problem ? null : (
        <p role="status" className="loading">
          {t('access.loading')}
        </p>
      )}
    </div>
  );
}

function PromiseItem({ entry }: { entry: PromiseEntry }) {
  const { t, i18n } = useTranslation();
  const titleId = `promise-${entry.id}`;
  return (
    <li className="card promise-list__item" aria-labelledby={titleId}>
      <h2 id={titleId} className="promise-list__title">
        {entry.id}
        {/* The status in words, not only in colour. */}
        <span className={`promise-status promise-status--${entry.status}`}>
          {t(`promises.status.${entry.status}`)}
        </span>
      </h2>
      <p>{i18n.resolvedLanguage === 'en' ? entry.text.en : entry.text.nl}</p>
      <Places title={t('promises.code')} places={entry.code} empty={t('promises.noCode')} />
      <Places title={t('promises.tests')} places={entry.tests} empty={t('promises.noTests')} />
    </li>
  );
}

function Places({ title, places, empty }: { title: string; places: PromiseAnnotation[]; empty: string }) {
  return (
    <div className="promise-list__places">
      <h3>{title}</h3>
      {places.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ul>
          {places.map((place) => (
            <li key={`${place.file}:${place.note}`}>
              <code>{place.file}</code>
              {place.note ? ` — ${place.note}` : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
