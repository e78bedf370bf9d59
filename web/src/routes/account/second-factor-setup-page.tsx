import { useTranslation } from 'react-i18next';
import { navigate } from '../../router/router';
import { useSession } from '../../session/session-context';
import { Notice } from '../../ui/notice';
import { PageTitle } from '../../ui/page-title';
import { SecondFactorSection } from './second-factor-section';
import './account-pages.css';

/**
 * Where a user whose organisation demands a second factor is held after signing in, until an
 * authenticator app is set up. Signing out (in the account menu) is the only other way out.
 */
export function SecondFactorSetupPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  return (
    <div className="container page narrow">
      <PageTitle>{t('secondFactorSetup.title')}</PageTitle>
      {user?.secondFactorSetupRequired ? (
        <Notice tone="info" title={t('secondFactorSetup.requiredTitle')}>
          <p>{t('secondFactorSetup.requiredText', { organisation: user.organisationName })}</p>
        </Notice>
      ) : null}
      <p className="page__intro">{t('secondFactorSetup.intro')}</p>
      <SecondFactorSection mode="setup" onFinished={() => navigate('/')} />
    </div>
  );
}
