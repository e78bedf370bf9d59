import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The page's one h1; it also sets the document title. It can take focus so that, after a page
 * change, screen readers start at the new heading.
 */
export function PageTitle({ children, documentTitle }: { children: string; documentTitle?: string }) {
  const { t } = useTranslation();
  const title = documentTitle ?? `${children} – ${t('app.name')}`;
  useEffect(() => {
    document.title = title;
  }, [title]);
  return (
    <h1 id="page-title" tabIndex={-1}>
      {children}
    </h1>
  );
}
