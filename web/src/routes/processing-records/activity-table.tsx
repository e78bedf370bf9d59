import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatDate } from '../../features/privacy/use-format-date';
import type { Messages } from '../../i18n/nl';
import type { RecordActivity, RecordGroup, RecordRecipient } from './processing-records-api';

type ActivityField = keyof Messages['processingRecords']['activity'];

/** One processing activity as a table of its art. 30 fields, headed by the purpose. */
export function ActivityTable({ activity, idPrefix }: { activity: RecordActivity; idPrefix: string }) {
  const { t } = useTranslation();
  const titleId = `${idPrefix}-${activity.purposeId}`;
  const label = (field: ActivityField) => t(`processingRecords.activity.${field}`);
  // A purpose without columns in the data map says so, rather than showing an empty cell.
  const mapped = (empty: boolean, content: ReactNode) =>
    empty ? <p>{t('processingRecords.activity.noneInDataMap')}</p> : content;
  const none = <p>{t('processingRecords.activity.none')}</p>;
  const { recipients } = activity;
  return (
    <section className="record-activity" aria-labelledby={titleId}>
      <h4 id={titleId}>{activity.name}</h4>
      <table className="record-table">
        <tbody>
          <Row label={label('description')}>
            <p>{activity.description}</p>
          </Row>
          <Row label={label('capacity')}>
            <p>{activity.capacity}</p>
          </Row>
          <Row label={label('legalBases')}>
            <List items={activity.legalBases} />
            <p>{activity.basisNote}</p>
          </Row>
          <Row label={label('dataSubjects')}>
            {mapped(activity.dataSubjects.length === 0, <List items={activity.dataSubjects} />)}
          </Row>
          <Row label={label('personalData')}>
            {mapped(activity.personalData.length === 0, <Groups groups={activity.personalData} />)}
          </Row>
          <Row label={label('recipients')}>
            {recipients.length === 0 ? none : <Recipients recipients={recipients} />}
          </Row>
          <Row label={label('transfers')}>
            {recipients.length === 0 ? (
              none
            ) : (
              <List items={recipients.map((entry) => `${entry.name}: ${entry.transferText}`)} />
            )}
          </Row>
          <Row label={label('retention')}>
            {mapped(activity.retention.length === 0, <Groups groups={activity.retention} />)}
          </Row>
        </tbody>
      </table>
    </section>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td>{children}</td>
    </tr>
  );
}

function List({ items }: { items: string[] }) {
  return (
    <ul>
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

function Groups({ groups }: { groups: RecordGroup[] }) {
  return (
    <dl className="record-groups">
      {groups.map((group) => (
        <div key={group.heading}>
          <dt>{group.heading}</dt>
          <dd>{group.items.join(', ')}</dd>
        </div>
      ))}
    </dl>
  );
}

function Recipients({ recipients }: { recipients: RecordRecipient[] }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  return (
    <ul>
      {recipients.map((entry) => (
        <li key={entry.id}>
          <strong>{entry.name}</strong> ({entry.role}): {entry.task}. {entry.dataKinds}.{' '}
          {t('processingRecords.recipient.location')}: {entry.location}. {entry.safeguards}{' '}
          {entry.kind !== 'processor'
            ? null
            : entry.agreementDate
              ? t('processingRecords.recipient.agreement', { date: formatDate(entry.agreementDate) })
              : t('processingRecords.recipient.noAgreement')}
        </li>
      ))}
    </ul>
  );
}
