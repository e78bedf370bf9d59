import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { usePathname } from './router/router';
import { NotFoundPage } from './routes/not-found-page';
import { findRoute } from './routes/routes';
import { Footer } from './ui/footer';
import { Header } from './ui/header';
import { OfflineNotice } from './ui/offline-notice';

export function App() {
  const { t } = useTranslation();
  const pathname = usePathname();
  const Page = findRoute(pathname)?.Page ?? NotFoundPage;

  // After a page change (not the first load), move focus to the new page's heading.
  const previousPathname = useRef(pathname);
  useEffect(() => {
    if (previousPathname.current === pathname) return;
    previousPathname.current = pathname;
    document.getElementById('page-title')?.focus();
  }, [pathname]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('skipLink')}
      </a>
      <Header />
      <OfflineNotice />
      <main id="main" tabIndex={-1}>
        <Page />
      </main>
      <Footer />
    </>
  );
}
