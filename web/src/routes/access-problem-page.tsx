import { useTranslation } from 'react-i18next';
import { Link } from '../router/link';
import { useSession } from '../session/session-context';
import { PageTitle } from '../ui/page-title';

/** What a guarded page shows instead: while the session is checked, without a connection, or to non-admins. */
export function AccessProblemPage({
  problem,
}: {
  problem: 'wait' | 'unreachable' | 'forbidden' | 'staff-only';
}) {
  const { t } = useTranslation();
  const { refresh } = useSession();
  if (problem === 'wait') {
    return (
      <div className="container page narrow">
        <p role="status" className="loading">
          {t('access.loading')}
        </p>
      </div>
    );
  }
  if (problem === 'unreachable') {
    return (
      <div className="container page narrow">
        <PageTitle>{t('access.unreachableTitle')}</PageTitle>
        <p>{t('access.unreachableText')}</p>
        <button type="button" className="button button--secondary" onClick={() => void refresh()}>
          {t('access.retry')}
        </button>
      </div>
    );
  }
  return (
    <div className="container page narrow">
      <PageTitle>{t('access.forbiddenTitle')}</PageTitle>
      <p>{problem === 'staff-only' ? t('access.staffOnlyText') : t('access.forbiddenText')}</p>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </div>
  );
}
