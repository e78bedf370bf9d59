import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

// Set by the app after a page change; the next title to appear takes focus, even when the page
// first showed a loading state without one.
let focusOnNextTitle = false;

/** Moves focus to the page's heading now, or to the next heading that appears. */
export function focusPageTitle(): void {
  const title = document.getElementById('page-title');
  if (title) {
    title.focus();
    focusOnNextTitle = false;
  } else {
    focusOnNextTitle = true;
  }
}

/**
 * The page's one h1; it also sets the document title. It can take focus so that, after a page
 * change, screen readers start at the new heading.
 */
export function PageTitle({ children, documentTitle }: { children: string; documentTitle?: string }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const title = documentTitle ?? `${children} – ${t('app.name')}`;
  useEffect(() => {
    document.title = title;
  }, [title]);
  useEffect(() => {
    if (!focusOnNextTitle) return;
    focusOnNextTitle = false;
    heading.current?.focus();
  }, []);
  return (
    <h1 id="page-title" ref={heading} tabIndex={-1}>
      {children}
    </h1>
  );
}
