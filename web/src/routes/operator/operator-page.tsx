import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemText } from '../../api/api-client';
import type { OperatorOrganisation } from '../../api/api-types';
import {
  listCustomerOrganisations,
  listPlatformMail,
  restoreCustomerOrganisation,
} from '../../api/operator-api';
import { useFormatDateTime } from '../../ui/format';
import { Notice, StatusMessage } from '../../ui/notice';
import { PageTitle } from '../../ui/page-title';
import { OutboxList } from '../admin/outbox-list';
import { useLoaded } from '../admin/use-loaded';
import '../admin/admin-pages.css';

/** The platform staff's console: every customer organisation, and all mail the platform sent. */
export function OperatorPage() {
  const { t } = useTranslation();
  const organisations = useLoaded(listCustomerOrganisations);
  const mail = useLoaded(listPlatformMail);
  const [status, setStatus] = useState<string>();
  const [restoreProblem, setRestoreProblem] = useState<string>();

  async function restore(organisation: OperatorOrganisation) {
    setStatus(undefined);
    setRestoreProblem(undefined);
    try {
      await restoreCustomerOrganisation(organisation.id);
      setStatus(t('operator.restored', { name: organisation.name }));
      await organisations.reload();
    } catch (error) {
      // Support staff who are not platform admins hear the server's 403 in plain words.
      setRestoreProblem(problemText(error));
    }
  }

  return (
    <div className="container page">
      <PageTitle>{t('operator.title')}</PageTitle>
      <p className="page__intro">{t('operator.intro')}</p>

      <section aria-labelledby="operator-organisations">
        <h2 id="operator-organisations">{t('operator.organisationsTitle')}</h2>
        <StatusMessage message={status} />
        {organisations.problem || restoreProblem ? (
          <Notice tone="error">
            <p>{organisations.problem ?? restoreProblem}</p>
          </Notice>
        ) : null}
        {organisations.data ? (
          <OrganisationsTable organisations={organisations.data} onRestore={(item) => void restore(item)} />
        ) : organisations.problem ? null : (
          <p role="status" className="loading">
            {t('access.loading')}
          </p>
        )}
      </section>

      <section className="page-section" aria-labelledby="operator-mail">
        <h2 id="operator-mail">{t('operator.mailTitle')}</h2>
        {mail.problem ? (
          <Notice tone="error">
            <p>{mail.problem}</p>
          </Notice>
        ) : null}
        {mail.data ? <OutboxList messages={mail.data} /> : null}
      </section>
    </div>
  );
}

interface OrganisationsTableProps {
  organisations: OperatorOrganisation[];
  onRestore(organisation: OperatorOrganisation): void;
}

function OrganisationsTable({ organisations, onRestore }: OrganisationsTableProps) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  if (organisations.length === 0) return <p>{t('operator.none')}</p>;
  const labels = {
    name: t('operator.name'),
    members: t('operator.members'),
    secondFactor: t('operator.secondFactor'),
    cancelled: t('operator.cancelled'),
    supportUntil: t('operator.supportUntil'),
  };
  return (
    <table className="data-table">
      <caption className="visually-hidden">{t('operator.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{labels.name}</th>
          <th scope="col">{labels.members}</th>
          <th scope="col">{labels.secondFactor}</th>
          <th scope="col">{labels.cancelled}</th>
          <th scope="col">{labels.supportUntil}</th>
        </tr>
      </thead>
      <tbody>
        {organisations.map((organisation) => (
          <tr key={organisation.id}>
            <th scope="row" data-label={labels.name}>
              {/* One grid cell on a phone, where the label takes the first. */}
              <span>
                {organisation.name}
                <span className="data-table__details">{organisation.slug}</span>
              </span>
            </th>
            <td data-label={labels.members}>
              {t('operator.membersValue', {
                count: organisation.memberCount,
                active: organisation.activeMemberCount,
              })}
            </td>
            <td data-label={labels.secondFactor}>
              {organisation.requireSecondFactor ? t('operator.yes') : t('operator.no')}
            </td>
            <td data-label={labels.cancelled}>
              {organisation.cancelledAt ? (
                <span className="operator__cancelled">
                  <span className="badge badge--bad">{formatDateTime(organisation.cancelledAt)}</span>
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    onClick={() => onRestore(organisation)}
                  >
                    {t('operator.restore')}
                    <span className="visually-hidden"> {organisation.name}</span>
                  </button>
                </span>
              ) : (
                t('operator.notCancelled')
              )}
            </td>
            <td data-label={labels.supportUntil}>
              {organisation.supportAccessActive && organisation.supportAccessUntil
                ? formatDateTime(organisation.supportAccessUntil)
                : t('operator.noSupport')}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
