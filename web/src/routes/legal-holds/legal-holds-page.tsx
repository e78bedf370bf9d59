import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemText } from '../../api/api-client';
import { listIncidents } from '../../api/incidents-api';
import { useFormatDateTime } from '../../ui/format';
import { Notice, StatusMessage } from '../../ui/notice';
import { PageTitle } from '../../ui/page-title';
import { useLoaded } from '../admin/use-loaded';
import { type LegalHold, liftLegalHold, listLegalHolds } from './legal-holds-api';
import { PlaceHoldForm } from './place-hold-form';
import '../admin/admin-pages.css';
import '../disclosures/disclosures.css';

/** For an organisation's admins: holds on its people and incidents. */
export function OrganisationLegalHoldsPage() {
  return <LegalHoldsPage scope="organisation" />;
}

/** For the operator's privacy officer: holds in every organisation, placed by a person's e-mail address. */
export function OperatorLegalHoldsPage() {
  return <LegalHoldsPage scope="operator" />;
}

function LegalHoldsPage({ scope }: { scope: 'organisation' | 'operator' }) {
  const { t } = useTranslation();
  const holds = useLoaded(listLegalHolds);
  const incidents = useLoaded((signal) =>
    scope === 'organisation' ? listIncidents('all', signal) : Promise.resolve(undefined),
  );
  const [status, setStatus] = useState<string>();
  const [problem, setProblem] = useState<string>();
  async function lift(hold: LegalHold) {
    setStatus(undefined);
    setProblem(undefined);
    try {
      await liftLegalHold(hold.id);
      setStatus(t('legalHolds.liftDone'));
      await holds.reload();
    } catch (error) {
      setProblem(problemText(error));
    }
  }
  const shownProblem = problem ?? holds.problem;
  return (
    <div className="container page">
      <PageTitle>{t('legalHolds.title')}</PageTitle>
      <p className="page__intro">{t('legalHolds.intro')}</p>
      {shownProblem ? (
        <Notice tone="error">
          <p>{shownProblem}</p>
        </Notice>
      ) : null}
      {scope === 'operator' || incidents.data ? (
        <PlaceHoldForm
          {...(incidents.data ? { incidents: incidents.data } : {})}
          onPlaced={() => void holds.reload()}
        />
      ) : null}
      <section className="page-section" aria-labelledby="hold-list-title">
        <h2 id="hold-list-title">{t('legalHolds.listTitle')}</h2>
        <StatusMessage message={status} />
        {holds.data ? (
          <HoldList holds={holds.data} showOrganisation={scope === 'operator'} onLift={lift} />
        ) : holds.problem ? null : (
          <p role="status" className="loading">
            {t('access.loading')}
          </p>
        )}
      </section>
    </div>
  );
}

function HoldList({
  holds,
  showOrganisation,
  onLift,
}: {
  holds: LegalHold[];
  showOrganisation: boolean;
  onLift(hold: LegalHold): Promise<void>;
}) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  if (holds.length === 0) return <p>{t('legalHolds.empty')}</p>;
  return (
    <ul className="disclosure-list">
      {holds.map((hold) => {
        const what = [
          hold.person ? `${hold.person.name} (${hold.person.email})` : null,
          hold.incident ? `#${hold.incident.number} ${hold.incident.title}` : null,
        ]
          .filter(Boolean)
          .join(' · ');
        return (
          <li key={hold.id} className="card disclosure-list__item">
            <h3 className="disclosure-list__title">{what}</h3>
            <dl className="disclosure-list__facts">
              {showOrganisation ? (
                <>
                  <dt>{t('legalHolds.organisation')}</dt>
                  <dd>{hold.organisation.name}</dd>
                </>
              ) : null}
              <dt>{t('legalHolds.ground')}</dt>
              <dd>{t(`legalHolds.grounds.${hold.ground}`)}</dd>
              <dt>{t('legalHolds.reason')}</dt>
              <dd>{hold.reason}</dd>
              <dt>{t('legalHolds.until')}</dt>
              <dd>{formatDateTime(hold.until)}</dd>
              <dt>{t('legalHolds.createdBy')}</dt>
              <dd>{hold.createdBy ?? '—'}</dd>
            </dl>
            <p>
              {hold.liftedAt ? (
                t('legalHolds.lifted', { date: formatDateTime(hold.liftedAt) })
              ) : (
                <button
                  type="button"
                  className="button button--secondary"
                  aria-label={t('legalHolds.liftLabel', { what })}
                  onClick={() => void onLift(hold)}
                >
                  {t('legalHolds.lift')}
                </button>
              )}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
