import { useTranslation } from 'react-i18next';
import { Notice } from '../../ui/notice';
import { PageTitle } from '../../ui/page-title';
import { useLoaded } from '../admin/use-loaded';
import { DisclosureList } from './disclosure-list';
import { listOrganisationDisclosures } from './disclosures-api';
import '../admin/admin-pages.css';
import './disclosures.css';

/** For an organisation's admins: the disclosures to third parties about its people (P11). */
export function OrganisationDisclosuresPage() {
  const { t } = useTranslation();
  const disclosures = useLoaded(listOrganisationDisclosures);
  return (
    <div className="container page">
      <PageTitle>{t('disclosures.title')}</PageTitle>
      <p className="page__intro">{t('disclosures.organisationIntro')}</p>
      {disclosures.problem ? (
        <Notice tone="error">
          <p>{disclosures.problem}</p>
        </Notice>
      ) : null}
      {disclosures.data ? (
        <DisclosureList disclosures={disclosures.data} showOrganisation={false} />
      ) : disclosures.problem ? null : (
        <p role="status" className="loading">
          {t('access.loading')}
        </p>
      )}
    </div>
  );
}
