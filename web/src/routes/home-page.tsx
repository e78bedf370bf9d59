import { useTranslation } from 'react-i18next';
import { Link } from '../router/link';
import { useSession } from '../session/session-context';
import { Icon, type IconName } from '../ui/icons';
import { Logo } from '../ui/logo';
import { PageTitle } from '../ui/page-title';
import './home-page.css';

type FeatureKey = 'management' | 'communication' | 'training' | 'plans';

const FEATURES: readonly { key: FeatureKey; icon: IconName }[] = [
  { key: 'management', icon: 'activity' },
  { key: 'communication', icon: 'message' },
  { key: 'training', icon: 'stopwatch' },
  { key: 'plans', icon: 'document' },
];

export function HomePage() {
  const { t } = useTranslation();
  const { user } = useSession();
  return (
    <>
      <section className="hero" aria-labelledby="page-title">
        <div className="hero__inner">
          <div className="hero__text">
            <p className="hero__eyebrow">{t('home.eyebrow')}</p>
            <PageTitle documentTitle={`${t('app.name')} – ${t('app.tagline')}`}>{t('home.title')}</PageTitle>
            <p className="hero__lead">{t('home.lead')}</p>
            <div className="hero__actions">
              {user ? (
                <Link to="/profile" className="button button--primary">
                  {t('home.profile')}
                </Link>
              ) : (
                <Link to="/login" className="button button--primary">
                  {t('home.login')}
                </Link>
              )}
              <a href="#features" className="button button--quiet">
                {t('home.more')}
              </a>
            </div>
          </div>
          <div className="hero__art">
            <Logo className="hero__mark" />
          </div>
        </div>
      </section>

      <section id="features" className="section" aria-labelledby="features-title">
        <div className="container">
          <h2 id="features-title">{t('home.featuresTitle')}</h2>
          <p className="section__intro">{t('home.featuresIntro')}</p>
          <ul className="feature-grid">
            {FEATURES.map(({ key, icon }) => (
              <li key={key} className="feature">
                <Icon name={icon} className="feature__icon" />
                <h3>{t(`home.${key}.title`)}</h3>
                <p>{t(`home.${key}.text`)}</p>
                <ul className="checklist">
                  {t(`home.${key}.points`, { returnObjects: true }).map((point) => (
                    <li key={point}>{point}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </div>
      </section>

      <section className="section section--tinted" aria-labelledby="privacy-title">
        <div className="container privacy">
          <Icon name="shield" className="privacy__icon" />
          <div>
            <h2 id="privacy-title">{t('home.privacy.title')}</h2>
            <p className="section__intro">{t('home.privacy.text')}</p>
            <ul className="checklist checklist--columns">
              {t('home.privacy.points', { returnObjects: true }).map((point) => (
                <li key={point}>{point}</li>
              ))}
            </ul>
          </div>
        </div>
      </section>

      <section className="section" aria-labelledby="install-title">
        <div className="container install">
          <Icon name="device" className="install__icon" />
          <div>
            <h2 id="install-title">{t('home.install.title')}</h2>
            <p>{t('home.install.text')}</p>
          </div>
        </div>
      </section>
    </>
  );
}
