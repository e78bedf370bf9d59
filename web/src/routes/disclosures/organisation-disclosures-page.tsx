import { useTranslation } from 'react-i18next';
import { Notice } from '../../ui/notice';
import { PageTitle } from '../../ui/page-title';
import { useLoaded } from '../admin/use-loaded';
import { DisclosureList } from './disclosure-list';
import { listOrganisationDisclosures, listOrganisationRecipientNotices } from './disclosures-api';
import { RecipientNoticeList } from './recipient-notice-list';
import '../admin/admin-pages.css';
import './disclosures.css';

/** For an organisation's admins: the disclosures to third parties about its people (P11). */
export function OrganisationDisclosuresPage() {
  const { t } = useTranslation();
  const disclosures = useLoaded(listOrganisationDisclosures);
  const notices = useLoaded(listOrganisationRecipientNotices);
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
      {notices.data && notices.data.length > 0 ? (
        <section className="page-section" aria-labelledby="recipient-notices-title">
          <h2 id="recipient-notices-title">{t('recipientNotices.title')}</h2>
          <p>{t('recipientNotices.organisationIntro')}</p>
          <RecipientNoticeList notices={notices.data} showOrganisation={false} />
        </section>
      ) : null}
    </div>
  );
}
