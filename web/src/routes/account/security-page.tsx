import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../ui/page-title';
import { SecondFactorSection } from './second-factor-section';
import { SessionsSection } from './sessions-section';
import './account-pages.css';

/** Second factor and signed-in devices. */
export function SecurityPage() {
  const { t } = useTranslation();
  return (
    <div className="container page narrow">
      <PageTitle>{t('security.title')}</PageTitle>
      <p className="page__intro">{t('security.intro')}</p>
      <section className="page-section" aria-labelledby="second-factor-title">
        <h2 id="second-factor-title">{t('secondFactor.title')}</h2>
        <SecondFactorSection mode="security" />
      </section>
      <SessionsSection />
    </div>
  );
}
