import { useTranslation } from 'react-i18next';
import { useFormatDateTime } from '../../ui/format';
import { Notice } from '../../ui/notice';
import { PageTitle } from '../../ui/page-title';
import { useLoaded } from '../admin/use-loaded';
import { BreachDecisions, BreachFacts } from './breach-facts';
import { listOrganisationBreaches } from './breaches-api';
import '../admin/admin-pages.css';
import '../disclosures/disclosures.css';
import './breaches.css';

/**
 * For an affected organisation's admins (art. 33(2)): the operator's breaches that concern their
 * organisation, read-only, with the operator's decisions; never who else was affected.
 */
export function OrganisationBreachesPage() {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const breaches = useLoaded(listOrganisationBreaches);
  return (
    <div className="container page">
      <PageTitle>{t('breaches.title')}</PageTitle>
      <p className="page__intro">{t('breaches.organisationIntro')}</p>
      {breaches.problem ? (
        <Notice tone="error">
          <p>{breaches.problem}</p>
        </Notice>
      ) : null}
      {breaches.data ? (
        breaches.data.length === 0 ? (
          <p>{t('breaches.organisationEmpty')}</p>
        ) : (
          <ul className="disclosure-list">
            {breaches.data.map((breach) => (
              <li key={breach.id} className="card disclosure-list__item">
                <h2 className="disclosure-list__title">
                  {t('breaches.facts.discoveredAt')} {formatDateTime(breach.discoveredAt)} ·{' '}
                  {t(`breaches.status.${breach.status}`)}
                </h2>
                <p>
                  {t('breaches.facts.notifiedAt')}: {formatDateTime(breach.notifiedAt)}
                </p>
                <BreachFacts breach={breach} />
                <BreachDecisions breach={breach} />
              </li>
            ))}
          </ul>
        )
      ) : breaches.problem ? null : (
        <p role="status" className="loading">
          {t('breaches.loading')}
        </p>
      )}
    </div>
  );
}
