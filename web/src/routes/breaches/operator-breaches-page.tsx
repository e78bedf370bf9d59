import { useTranslation } from 'react-i18next';
import { Link } from '../../router/link';
import { useFormatDateTime } from '../../ui/format';
import { Notice } from '../../ui/notice';
import { PageTitle } from '../../ui/page-title';
import { useLoaded } from '../admin/use-loaded';
import { BreachClock } from './breach-clock';
import { BreachFactsForm } from './breach-facts-form';
import { type Breach, listBreaches, recordBreach } from './breaches-api';
import '../admin/admin-pages.css';
import '../disclosures/disclosures.css';
import './breaches.css';

/** The operator's breach register: every breach with its 72-hour clock, most urgent first, and a form to record one. */
export function OperatorBreachesPage() {
  const { t } = useTranslation();
  const breaches = useLoaded(listBreaches);
  return (
    <div className="container page">
      <PageTitle>{t('breaches.title')}</PageTitle>
      <p className="page__intro">{t('breaches.operatorIntro')}</p>
      {breaches.problem ? (
        <Notice tone="error">
          <p>{breaches.problem}</p>
        </Notice>
      ) : null}
      <section className="page-section" aria-labelledby="breach-list-title">
        <h2 id="breach-list-title">{t('breaches.listTitle')}</h2>
        {breaches.data ? (
          <BreachTable breaches={breaches.data} />
        ) : breaches.problem ? null : (
          <p role="status" className="loading">
            {t('breaches.loading')}
          </p>
        )}
      </section>
      <section className="page-section">
        <BreachFactsForm
          onSave={async (body) => {
            await recordBreach(body);
            await breaches.reload();
          }}
        />
      </section>
    </div>
  );
}

function BreachTable({ breaches }: { breaches: Breach[] }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  if (breaches.length === 0) return <p>{t('breaches.empty')}</p>;
  const columns = {
    discovered: t('breaches.columns.discovered'),
    description: t('breaches.columns.description'),
    due: t('breaches.columns.due'),
    clock: t('breaches.columns.clock'),
    status: t('breaches.columns.status'),
  };
  return (
    <table className="breach-table">
      <caption>{t('breaches.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{columns.discovered}</th>
          <th scope="col">{columns.description}</th>
          <th scope="col">{columns.due}</th>
          <th scope="col">{columns.clock}</th>
          <th scope="col">{columns.status}</th>
        </tr>
      </thead>
      <tbody>
        {breaches.map((breach) => (
          <tr key={breach.id}>
            <td data-label={columns.discovered}>{formatDateTime(breach.discoveredAt)}</td>
            <td data-label={columns.description}>
              <Link to={`/operator/breaches/${breach.id}`}>{summary(breach.description)}</Link>
            </td>
            <td data-label={columns.due}>{formatDateTime(breach.clock.dueAt)}</td>
            <td data-label={columns.clock}>
              <BreachClock breach={breach} />
            </td>
            <td data-label={columns.status}>{t(`breaches.status.${breach.status}`)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const summary = (text: string) => (text.length > 90 ? `${text.slice(0, 89).trimEnd()}…` : text);
