import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatDateTime } from '../../ui/format';
import type { BreachFields } from './breaches-api';

/** What the register says about a breach, as a list of facts: the same for the operator and an organisation. */
export function BreachFacts({ breach }: { breach: BreachFields }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const number = (value: number | null) => (value === null ? t('breaches.facts.unknown') : value.toString());
  const rows: [string, string][] = [
    [t('breaches.facts.discoveredAt'), formatDateTime(breach.discoveredAt)],
    [t('breaches.facts.description'), breach.description],
    [t('breaches.facts.dataCategories'), breach.dataCategories],
    [t('breaches.facts.peopleCategories'), breach.peopleCategories],
    [t('breaches.facts.approximatePeople'), number(breach.approximatePeople)],
    [t('breaches.facts.approximateRecords'), number(breach.approximateRecords)],
    [t('breaches.facts.likelyConsequences'), breach.likelyConsequences || t('breaches.facts.unknown')],
    [t('breaches.facts.measures'), breach.measures || t('breaches.facts.unknown')],
    [t('breaches.facts.contactPoint'), breach.contactPoint],
  ];
  return (
    <dl className="disclosure-list__facts">
      {rows.map(([term, value]) => (
        <Fragment key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </Fragment>
      ))}
    </dl>
  );
}

/** The two decisions the law asks for, as they stand. */
export function BreachDecisions({ breach }: { breach: BreachFields }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const { authority, subjects } = breach;
  const authorityRows: [string, string][] = authority.notifiedAt
    ? [
        [t('breaches.authority.notifiedAt'), formatDateTime(authority.notifiedAt)],
        [t('breaches.authority.reference'), authority.reference ?? ''],
        ...(authority.delayReason
          ? [[t('breaches.authority.delayReason'), authority.delayReason] as [string, string]]
          : []),
      ]
    : authority.notNotifiedReason
      ? [[t('breaches.authority.notNotified'), authority.notNotifiedReason]]
      : [];
  const subjectRows: [string, string][] = subjects.informedAt
    ? [[t('breaches.subjects.informedAt'), formatDateTime(subjects.informedAt)]]
    : subjects.notInformedReason
      ? [[t('breaches.subjects.notInformed'), subjects.notInformedReason]]
      : [];
  const list = (rows: [string, string][], none: string) =>
    rows.length === 0 ? (
      <p>{none}</p>
    ) : (
      <dl className="disclosure-list__facts">
        {rows.map(([term, value]) => (
          <Fragment key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </Fragment>
        ))}
      </dl>
    );
  return (
    <>
      <h3>{t('breaches.authority.title')}</h3>
      {list(authorityRows, t('breaches.authority.none'))}
      <h3>{t('breaches.subjects.title')}</h3>
      {list(subjectRows, t('breaches.subjects.none'))}
    </>
  );
}
