import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A link to a website outside Baken (P15): it opens in a new window, says so in words for screen
 * readers and with a mark for everyone, and passes on neither the page's address nor a handle to it.
 */
// @promise P15 links to third-party websites are marked as leaving the platform
export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <a href={href} target="_blank" rel="external noopener noreferrer">
      {children}
      <span aria-hidden="true">{' ↗'}</span>
      <span className="visually-hidden"> {t('externalLink')}</span>
    </a>
  );
}
