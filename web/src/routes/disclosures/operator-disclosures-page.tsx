import { useTranslation } from 'react-i18next';
import { Notice } from '../../ui/notice';
import { PageTitle } from '../../ui/page-title';
import { useLoaded } from '../admin/use-loaded';
import { DisclosureList } from './disclosure-list';
import { listAllDisclosures, listAllRecipientNotices, listDisclosureKinds } from './disclosures-api';
import { RecipientNoticeList } from './recipient-notice-list';
import { RecordDisclosureForm } from './record-disclosure-form';
import '../admin/admin-pages.css';
import './disclosures.css';

/** The operator's register of actual disclosures (P11): record one to an authority, read them all. */
export function OperatorDisclosuresPage() {
  const { t } = useTranslation();
  const disclosures = useLoaded(listAllDisclosures);
  const kinds = useLoaded(listDisclosureKinds);
  const notices = useLoaded(listAllRecipientNotices);
  const problem = disclosures.problem ?? kinds.problem ?? notices.problem;
  return (
    <div className="container page">
      <PageTitle>{t('disclosures.title')}</PageTitle>
      <p className="page__intro">{t('disclosures.operatorIntro')}</p>
      {problem ? (
        <Notice tone="error">
          <p>{problem}</p>
        </Notice>
      ) : null}
      {kinds.data ? (
        <RecordDisclosureForm kinds={kinds.data} onRecorded={() => void disclosures.reload()} />
      ) : null}
      {notices.data ? (
        <section className="page-section" aria-labelledby="recipient-notices-title">
          <h2 id="recipient-notices-title">{t('recipientNotices.title')}</h2>
          <p>{t('recipientNotices.operatorIntro')}</p>
          <RecipientNoticeList notices={notices.data} showOrganisation onTold={() => void notices.reload()} />
        </section>
      ) : null}
      <section className="page-section" aria-labelledby="disclosure-list-title">
        <h2 id="disclosure-list-title">{t('disclosures.listTitle')}</h2>
        {disclosures.data ? (
          <DisclosureList disclosures={disclosures.data} showOrganisation />
        ) : problem ? null : (
          <p role="status" className="loading">
            {t('access.loading')}
          </p>
        )}
      </section>
    </div>
  );
}
