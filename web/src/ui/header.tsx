import { useTranslation } from 'react-i18next';
import { Link, NavigationLink } from '../router/link';
import { ROUTES } from '../routes/routes';
import { LOGIN_PATH } from '../session/route-access';
import { useSession } from '../session/session-context';
import { AccountMenu } from './account-menu';
import { LanguageSwitch } from './language-switch';
import { Logo } from './logo';

export function Header() {
  const { t } = useTranslation();
  const { state } = useSession();
  // Held at the second-factor set-up: the menu would only lead back there.
  const limited = state.status === 'signed-in' && state.user.secondFactorSetupRequired;
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link to="/" className="brand">
          <Logo className="brand__mark" />
          <span className="brand__name">{t('app.name')}</span>
        </Link>
        <nav className="main-navigation" aria-label={t('navigation.label')} hidden={limited}>
          <ul>
            {ROUTES.flatMap((route) =>
              // Pages that need an account join the menu once someone is signed in; admin pages only
              // for admins (a member would find a refusal behind them).
              route.navigation &&
              (route.access === 'public' || state.status === 'signed-in') &&
              (route.access !== 'admin' || (state.status === 'signed-in' && state.user.role === 'admin'))
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
        <div className="site-header__account">
          {state.status === 'signed-in' ? <AccountMenu user={state.user} /> : null}
          {state.status === 'signed-out' ? (
            <NavigationLink to={LOGIN_PATH} className="header-login">
              {t('accountMenu.signIn')}
            </NavigationLink>
          ) : null}
        </div>
      </div>
    </header>
  );
}
