import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemText } from '../../api/api-client';
import { listCustomerOrganisations } from '../../api/operator-api';
import { Link } from '../../router/link';
import { usePathname } from '../../router/router';
import { useFormatDateTime } from '../../ui/format';
import { Notice, StatusMessage } from '../../ui/notice';
import { PageTitle } from '../../ui/page-title';
import { useLoaded } from '../admin/use-loaded';
import { routeParam } from '../routes';
import { AffectedOrganisationsForm } from './affected-organisations-form';
import { AuthorityDecisionForm } from './authority-decision-form';
import { BreachClock } from './breach-clock';
import { BreachDecisions, BreachFacts } from './breach-facts';
import { BreachFactsForm } from './breach-facts-form';
import { type Breach, closeBreach, readBreach, updateBreach } from './breaches-api';
import { SubjectsDecisionForm } from './subjects-decision-form';
import '../admin/admin-pages.css';
import '../disclosures/disclosures.css';
import './breaches.css';

export const OPERATOR_BREACH_PATH = '/operator/breaches/:id';

/** One breach of the register: its facts, its clock, the two decisions, the affected organisations, closing. */
export function OperatorBreachPage() {
  const { t } = useTranslation();
  const id = routeParam(OPERATOR_BREACH_PATH, usePathname(), 'id') ?? '';
  const loaded = useLoaded((signal) => readBreach(id, signal));
  const organisations = useLoaded(listCustomerOrganisations);
  const [changed, setChanged] = useState<Breach>();
  const breach = changed ?? loaded.data;
  return (
    <div className="container page">
      <p>
        <Link to="/operator/breaches">{t('breaches.back')}</Link>
      </p>
      <PageTitle>{t('breaches.title')}</PageTitle>
      {loaded.problem ? (
        <Notice tone="error">
          <p>{loaded.problem}</p>
        </Notice>
      ) : null}
      {breach ? (
        <BreachDetail breach={breach} organisations={organisations.data ?? []} onChanged={setChanged} />
      ) : loaded.problem ? null : (
        <p role="status" className="loading">
          {t('breaches.loading')}
        </p>
      )}
    </div>
  );
}

function BreachDetail({
  breach,
  organisations,
  onChanged,
}: {
  breach: Breach;
  organisations: Parameters<typeof AffectedOrganisationsForm>[0]['organisations'];
  onChanged(next: Breach): void;
}) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const open = breach.status === 'open';
  return (
    <>
      <section className="page-section card" aria-labelledby="breach-facts-title">
        <h2 id="breach-facts-title">{t('breaches.facts.title')}</h2>
        <p>
          {t('breaches.columns.due')}: {formatDateTime(breach.clock.dueAt)} · <BreachClock breach={breach} />
        </p>
        <BreachFacts breach={breach} />
        {breach.recordedBy ? (
          <p>
            {t('breaches.facts.recordedBy')}: {breach.recordedBy}
          </p>
        ) : null}
        {breach.closedAt ? (
          <p>{t('breaches.close.closedAt', { when: formatDateTime(breach.closedAt) })}</p>
        ) : null}
      </section>
      {open ? (
        <>
          <section className="page-section">
            <AuthorityDecisionForm breach={breach} onSaved={onChanged} />
          </section>
          <section className="page-section">
            <SubjectsDecisionForm breach={breach} onSaved={onChanged} />
          </section>
        </>
      ) : (
        <section className="page-section">
          <BreachDecisions breach={breach} />
        </section>
      )}
      <AffectedOrganisationsForm breach={breach} organisations={organisations} onSaved={onChanged} />
      {open ? (
        <>
          <section className="page-section">
            <BreachFactsForm
              breach={breach}
              onSave={async (body) => onChanged(await updateBreach(breach.id, body))}
            />
          </section>
          <CloseSection breach={breach} onClosed={onChanged} />
        </>
      ) : null}
    </>
  );
}

function CloseSection({ breach, onClosed }: { breach: Breach; onClosed(next: Breach): void }) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<string>();
  const [status, setStatus] = useState<string>();
  const [pending, setPending] = useState(false);
  async function close() {
    setProblem(undefined);
    setPending(true);
    try {
      const next = await closeBreach(breach.id);
      setStatus(t('breaches.close.done'));
      onClosed(next);
    } catch (error) {
      setProblem(problemText(error));
    } finally {
      setPending(false);
    }
  }
  return (
    <section className="page-section" aria-labelledby="breach-close-title">
      <h2 id="breach-close-title">{t('breaches.close.title')}</h2>
      <p>{t('breaches.close.intro')}</p>
      {problem ? (
        <Notice tone="error">
          <p>{problem}</p>
        </Notice>
      ) : null}
      <button
        type="button"
        className="button button--secondary"
        disabled={pending}
        onClick={() => void close()}
      >
        {t('breaches.close.submit')}
      </button>
      <StatusMessage message={status} />
    </section>
  );
}
