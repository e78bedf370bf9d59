import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemText } from '../../api/api-client';
import { recordConsent } from './consent-api';
import { openConsentSettings, storeChoice, useConsent } from './consent-store';
import './consent-banner.css';

/** The host a tile URL template names (`https://{s}.tile.example.org/{z}/{x}/{y}.png`). */
export function providerHost(urlTemplate: string): string {
  return /^https?:\/\/(?:\{s\}\.)?([a-z0-9.-]+)/i.exec(urlTemplate)?.[1] ?? urlTemplate;
}

/**
 * Content from a third party (map tiles), shown only with consent for third parties (P3, P13).
 * Without it, a placeholder says who would see the visitor's IP address and offers to load it:
 * that button records the consent (as made on the placeholder) before anything is fetched.
 */
// @promise P3 third-party content loads only after consent for third parties is recorded
export function ThirdPartyContent({ provider, children }: { provider: string; children: ReactNode }) {
  const { t } = useTranslation();
  const { choice } = useConsent();
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<string>();
  if (choice?.thirdParty) return <>{children}</>;

  async function load() {
    setPending(true);
    setProblem(undefined);
    try {
      storeChoice(
        await recordConsent({
          consentId: choice?.consentId,
          analytics: choice?.analytics ?? false,
          thirdParty: true,
          method: 'placeholder',
        }),
      );
    } catch (error) {
      setProblem(problemText(error));
      setPending(false);
    }
  }

  return (
    <div className="consent-placeholder">
      <p>{t('consent.placeholder.text', { provider })}</p>
      <button
        type="button"
        className="button button--secondary button--small"
        disabled={pending}
        onClick={() => void load()}
      >
        {t('consent.placeholder.load', { provider })}
      </button>
      <p>
        {t('consent.placeholder.remembered')}{' '}
        <button type="button" className="link-button" onClick={openConsentSettings}>
          {t('consent.settingsLink')}
        </button>
      </p>
      {problem ? (
        <p className="consent-banner__problem" role="alert">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
