import { useTranslation } from 'react-i18next';
import { useFormatDateTime } from '../../ui/format';
import type { Bilingual, Disclosure } from './disclosures-api';

/** The register as a list of cards: each disclosure with to whom, about whom, what, ground and when. */
export function DisclosureList({
  disclosures,
  showOrganisation,
}: {
  disclosures: Disclosure[];
  showOrganisation: boolean;
}) {
  const { t, i18n } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const text = (value: Bilingual) => (i18n.resolvedLanguage === 'en' ? value.en : value.nl);
  if (disclosures.length === 0) return <p>{t('disclosures.empty')}</p>;
  return (
    <ul className="disclosure-list">
      {disclosures.map((disclosure) => (
        <li key={disclosure.id} className="card disclosure-list__item">
          <h3 className="disclosure-list__title">
            {text(disclosure.kindName)}: {disclosure.recipient}
          </h3>
          <dl className="disclosure-list__facts">
            <dt>{t('disclosures.when')}</dt>
            <dd>{formatDateTime(disclosure.disclosedAt)}</dd>
            <dt>{t('disclosures.to')}</dt>
            <dd>
              {disclosure.recipient}
              {disclosure.recipientAddress ? `, ${disclosure.recipientAddress}` : ''}
            </dd>
            <dt>{t('disclosures.about')}</dt>
            <dd>
              {[
                disclosure.subject ? `${disclosure.subject.name} (${disclosure.subject.email})` : null,
                disclosure.subjectDescription,
              ]
                .filter(Boolean)
                .join(' · ') || t('disclosures.aboutErased')}
            </dd>
            <dt>{t('disclosures.what')}</dt>
            <dd>{disclosure.dataDescription}</dd>
            <dt>{t('disclosures.basis')}</dt>
            <dd>{text(disclosure.legalBasisName)}</dd>
            {disclosure.reference ? (
              <>
                <dt>{t('disclosures.reference')}</dt>
                <dd>{disclosure.reference}</dd>
              </>
            ) : null}
            {showOrganisation && disclosure.organisation ? (
              <>
                <dt>{t('disclosures.organisation')}</dt>
                <dd>{disclosure.organisation.name}</dd>
              </>
            ) : null}
            <dt>{t('disclosures.recordedBy')}</dt>
            <dd>{disclosure.recordedBy ?? t('disclosures.recordedByOperator')}</dd>
          </dl>
        </li>
      ))}
    </ul>
  );
}
