import { useTranslation } from 'react-i18next';
import { Link, NavigationLink } from '../router/link';
import { ROUTES } from '../routes/routes';
import { LanguageSwitch } from './language-switch';
import { Logo } from './logo';

export function Header() {
  const { t } = useTranslation();
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link to="/" className="brand">
          <Logo className="brand__mark" />
          <span className="brand__name">{t('app.name')}</span>
        </Link>
        <nav className="main-navigation" aria-label={t('navigation.label')}>
          <ul>
            {ROUTES.flatMap((route) =>
              route.navigation
                ? [
                    <li key={route.path}>
                      <NavigationLink to={route.path}>{t(`navigation.${route.navigation}`)}</NavigationLink>
                    </li>,
                  ]
                : [],
            )}
          </ul>
        </nav>
        <LanguageSwitch />
      </div>
    </header>
  );
}
