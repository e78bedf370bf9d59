import { useTranslation } from 'react-i18next';
import { fetchOrganisation, listOrganisationMail } from '../../api/organisation-api';
import { Notice } from '../../ui/notice';
import { PageTitle } from '../../ui/page-title';
import { CancelOrganisationForm } from './cancel-organisation-form';
import { OrganisationSettingsForm } from './organisation-settings-form';
import { OutboxList } from './outbox-list';
import { SupportAccessSection } from './support-access-section';
import { useLoaded } from './use-loaded';
import './admin-pages.css';

/** The organisation's settings (admins): name, second factor, support access, sent mail, cancelling. */
export function OrganisationPage() {
  const { t } = useTranslation();
  const organisation = useLoaded(fetchOrganisation);
  const mail = useLoaded(listOrganisationMail);

  return (
    <div className="container page narrow">
      <PageTitle>{t('organisationSettings.title')}</PageTitle>
      <p className="page__intro">{t('organisationSettings.intro')}</p>
      {organisation.problem ? (
        <Notice tone="error">
          <p>{organisation.problem}</p>
        </Notice>
      ) : null}
      {organisation.data ? (
        <OrganisationSettingsForm key={organisation.data.id} organisation={organisation.data} />
      ) : organisation.problem ? null : (
        <p role="status" className="loading">
          {t('access.loading')}
        </p>
      )}

      <SupportAccessSection />

      <section className="page-section" aria-labelledby="outbox">
        <h2 id="outbox">{t('outbox.title')}</h2>
        <p>{t('outbox.intro')}</p>
        {mail.problem ? (
          <Notice tone="error">
            <p>{mail.problem}</p>
          </Notice>
        ) : null}
        {mail.data ? <OutboxList messages={mail.data} /> : null}
      </section>

      <CancelOrganisationForm />
    </div>
  );
}
