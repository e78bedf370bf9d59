import { lazy, Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ConsentBanner } from './features/consent/consent-banner';
import { Redirect } from './router/redirect';
import { currentLocation, navigate, usePathname, useSearchParam } from './router/router';
import { AccessProblemPage } from './routes/access-problem-page';
import { NotFoundPage } from './routes/not-found-page';
import { type AppRoute, findRoute } from './routes/routes';
import { decideAccess, loginPathFor } from './session/route-access';
import { SessionProvider, useSession } from './session/session-context';
import { Footer } from './ui/footer';
import { Header } from './ui/header';
import { OfflineNotice } from './ui/offline-notice';
import { focusPageTitle } from './ui/page-title';

// The website chat's widget, on the public pages only (P9); fetched after the page itself.
const SiteChatWidget = lazy(() =>
  import('./features/site-chat/site-chat-widget').then((module) => ({ default: module.SiteChatWidget })),
);

/** Pages for visitors (the home page, the privacy statement, signing in) carry the website chat. */
const CHAT_ACCESS = new Set(['public', 'guest']);
// A response link is answered by someone on duty at 04:00, not by a visitor with a question.
const WITHOUT_CHAT = new Set(['/respond']);

// Fetched only once someone is signed in: the public pages (a response link at 04:00) do without it.
const AlertInbox = lazy(() =>
  import('./features/alerts/alert-inbox').then((module) => ({ default: module.AlertInbox })),
);

export function App() {
  return (
    <SessionProvider>
      <Frame />
    </SessionProvider>
  );
}

function Frame() {
  const { t } = useTranslation();
  const pathname = usePathname();
  const route = findRoute(pathname);
  const { user } = useSession();

  // After a page change (not the first load), move focus to the new page's heading.
  const previousPathname = useRef(pathname);
  useEffect(() => {
    if (previousPathname.current === pathname) return;
    previousPathname.current = pathname;
    focusPageTitle();
  }, [pathname]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('skipLink')}
      </a>
      <ConsentBanner />
      <Header />
      {user ? (
        <Suspense fallback={null}>
          <AlertInbox />
        </Suspense>
      ) : null}
      <OfflineNotice />
      <main id="main" tabIndex={-1}>
        {route ? <GuardedPage route={route} pathname={pathname} /> : <NotFoundPage />}
      </main>
      <Footer />
      {route && CHAT_ACCESS.has(route.access) && !WITHOUT_CHAT.has(route.path) ? (
        <Suspense fallback={null}>
          <SiteChatWidget />
        </Suspense>
      ) : null}
    </>
  );
}

/** Shows the page when the session allows it; otherwise signs in first, waits, or explains. */
function GuardedPage({ route, pathname }: { route: AppRoute; pathname: string }) {
  const { state, operatorStaff } = useSession();
  const next = useSearchParam('next');
  // A session ended elsewhere while a public page (home, status) was open: the login page says
  // so, as it does for every other page, rather than the home page quietly turning public.
  const wasSignedIn = useRef(state.status === 'signed-in');
  useEffect(() => {
    const lost = wasSignedIn.current && state.status === 'signed-out' && state.reason === 'ended';
    wasSignedIn.current = state.status === 'signed-in';
    if (lost && route.access === 'public') navigate(loginPathFor(currentLocation()));
  }, [state, route.access]);
  const decision = decideAccess(
    route.access,
    state,
    { pathname, current: currentLocation(), next },
    operatorStaff,
  );
  switch (decision.kind) {
    case 'show':
      return (
        <Suspense fallback={<AccessProblemPage problem="wait" />}>
          <route.Page />
        </Suspense>
      );
    case 'redirect':
      return <Redirect to={decision.to} />;
    default:
      return <AccessProblemPage problem={decision.kind} />;
  }
}
