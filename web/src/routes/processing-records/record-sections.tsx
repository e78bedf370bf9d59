import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatDate } from '../../features/privacy/use-format-date';
import { ActivityTable } from './activity-table';
import type { ProcessingRecords, RecordParty, SecurityMeasure } from './processing-records-api';

/** The art. 30(1) record: the operator as controller, one activity per purpose. */
export function ControllerSection({ record }: { record: ProcessingRecords['controllerRecord'] }) {
  const { t } = useTranslation();
  return (
    <section className="page-section record-section" aria-labelledby="record-controller">
      <h2 id="record-controller">{t('processingRecords.controllerTitle')}</h2>
      <Party title={t('processingRecords.party.controller')} party={record.controller} />
      <h3>{t('processingRecords.contents')}</h3>
      <p>{t('processingRecords.controllerIntro')}</p>
      {record.activities.map((activity) => (
        <ActivityTable key={activity.purposeId} activity={activity} idPrefix="controller" />
      ))}
      <h3>{t('processingRecords.thirdPartiesTitle')}</h3>
      <table className="data-table">
        <caption className="visually-hidden">{t('processingRecords.thirdParties.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('processingRecords.thirdParties.kind')}</th>
            <th scope="col">{t('processingRecords.thirdParties.recipient')}</th>
            <th scope="col">{t('processingRecords.thirdParties.legalBases')}</th>
            <th scope="col">{t('processingRecords.thirdParties.recorded')}</th>
          </tr>
        </thead>
        <tbody>
          {record.thirdParties.map((kind) => (
            <tr key={kind.id}>
              <th scope="row" data-label={t('processingRecords.thirdParties.kind')}>
                <span>{kind.name}</span>
              </th>
              <Cell label={t('processingRecords.thirdParties.recipient')}>{kind.recipient}</Cell>
              <Cell label={t('processingRecords.thirdParties.legalBases')}>{kind.legalBases.join(', ')}</Cell>
              <Cell label={t('processingRecords.thirdParties.recorded')}>{kind.recorded}</Cell>
            </tr>
          ))}
        </tbody>
      </table>
      <Measures measures={record.securityMeasures} />
    </section>
  );
}

/** The art. 30(2) record: what the operator processes for every customer, and the customers. */
export function ProcessorSection({ record }: { record: ProcessingRecords['processorRecord'] }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  return (
    <section className="page-section record-section" aria-labelledby="record-processor">
      <h2 id="record-processor">{t('processingRecords.processorTitle')}</h2>
      <Party title={t('processingRecords.party.processor')} party={record.processor} />
      <h3>{t('processingRecords.contents')}</h3>
      <p>{t('processingRecords.processorIntro')}</p>
      {record.activities.map((activity) => (
        <ActivityTable key={activity.purposeId} activity={activity} idPrefix="processor" />
      ))}
      <Measures measures={record.securityMeasures} />
      <h3>{t('processingRecords.organisationsTitle')}</h3>
      {record.organisations.length === 0 ? (
        <p>{t('processingRecords.organisations.none')}</p>
      ) : (
        <table className="data-table">
          <caption className="visually-hidden">{t('processingRecords.organisations.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('processingRecords.organisations.name')}</th>
              <th scope="col">{t('processingRecords.organisations.since')}</th>
              <th scope="col">{t('processingRecords.organisations.status')}</th>
              <th scope="col">{t('processingRecords.organisations.contact')}</th>
              <th scope="col">{t('processingRecords.organisations.measures')}</th>
              <th scope="col">{t('processingRecords.organisations.disclosures')}</th>
            </tr>
          </thead>
          <tbody>
            {record.organisations.map((organisation) => (
              <tr key={organisation.id}>
                <th scope="row" data-label={t('processingRecords.organisations.name')}>
                  <span>{organisation.name}</span>
                </th>
                <Cell label={t('processingRecords.organisations.since')}>
                  {formatDate(organisation.customerSince)}
                </Cell>
                <Cell label={t('processingRecords.organisations.status')}>{organisation.status}</Cell>
                <Cell label={t('processingRecords.organisations.contact')}>{organisation.contact}</Cell>
                <Cell label={t('processingRecords.organisations.measures')}>
                  {organisation.securityMeasures.map((measure) => measure.text).join(' ')}
                </Cell>
                <Cell label={t('processingRecords.organisations.disclosures')}>
                  {organisation.disclosuresRecorded}
                </Cell>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** A cell labelled for the phone layout, where each row becomes a card. */
function Cell({ label, children }: { label: string; children: ReactNode }) {
  return (
    <td data-label={label}>
      <span>{children}</span>
    </td>
  );
}

function Party({ title, party }: { title: string; party: RecordParty }) {
  const { t } = useTranslation();
  return (
    <dl className="record-party">
      <dt>{title}</dt>
      <dd>{party.name}</dd>
      <dt>{t('processingRecords.party.contact')}</dt>
      <dd>
        {party.contact.map((line) => (
          <span key={line} className="record-party__line">
            {line}
          </span>
        ))}
      </dd>
      <dt>{t('processingRecords.party.privacyOfficer')}</dt>
      <dd>{party.privacyOfficer}</dd>
    </dl>
  );
}

function Measures({ measures }: { measures: SecurityMeasure[] }) {
  const { t } = useTranslation();
  return (
    <>
      <h3>{t('processingRecords.securityTitle')}</h3>
      <ul>
        {measures.map((measure) => (
          <li key={measure.id}>{measure.text}</li>
        ))}
      </ul>
    </>
  );
}
