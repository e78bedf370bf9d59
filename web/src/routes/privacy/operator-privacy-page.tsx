import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchControllerDetails, fetchStatement } from '../../features/privacy/privacy-statement-api';
import { Link } from '../../router/link';
import { Notice, StatusMessage } from '../../ui/notice';
import { PageTitle } from '../../ui/page-title';
import { useLoaded } from '../admin/use-loaded';
import { ControllerDetailsForm } from './controller-details-form';
import { PublishStatementForm } from './publish-statement-form';
import '../admin/admin-pages.css';

/** Operator staff publish the privacy statement and keep the controller's contact details (P16, P21). */
export function OperatorPrivacyPage() {
  const { t } = useTranslation();
  const statement = useLoaded((signal) => fetchStatement(undefined, signal));
  const controller = useLoaded(fetchControllerDetails);
  const problem = statement.problem ?? controller.problem;
  // Kept here, not in the form: the form starts afresh (a new key) once the new version is loaded.
  const [published, setPublished] = useState<string>();

  return (
    <div className="container page">
      <PageTitle>{t('privacy.operator.title')}</PageTitle>
      <p className="page__intro">{t('privacy.operator.intro')}</p>
      <p>
        <Link to="/privacy">{t('privacy.operator.view')}</Link>
      </p>
      {problem ? (
        <Notice tone="error">
          <p>{problem}</p>
        </Notice>
      ) : null}
      {statement.data?.registersChangedSincePublication ? (
        <Notice tone="warning">
          <p>{t('privacy.operator.registersChanged', { version: statement.data.currentVersion })}</p>
        </Notice>
      ) : null}
      <StatusMessage message={published} />
      {statement.data ? (
        <PublishStatementForm
          key={statement.data.currentVersion}
          current={statement.data}
          onPublished={async (version) => {
            setPublished(t('privacy.operator.published', { version }));
            await statement.reload();
          }}
        />
      ) : null}
      {controller.data ? (
        <ControllerDetailsForm initial={controller.data} onSaved={controller.reload} />
      ) : null}
      {!problem && !(statement.data && controller.data) ? (
        <p role="status" className="loading">
          {t('access.loading')}
        </p>
      ) : null}
    </div>
  );
}
