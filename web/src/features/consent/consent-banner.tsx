import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { STORAGE_CATEGORIES } from '../../../../common/privacy/browser-storage';
import { problemText } from '../../api/api-client';
import { Link } from '../../router/link';
import { type ConsentMethod, fetchCurrentStatementVersion, recordConsent } from './consent-api';
import { closeConsentSettings, noteStatementVersion, storeChoice, useConsent } from './consent-store';
import './consent-banner.css';

type Choices = { analytics: boolean; thirdParty: boolean };
const OPTIONAL = [
  ['analytics', 'analytics'],
  ['thirdParty', 'third-party'],
] as const;

/**
 * The cookie notice (P3, P13). Shown until the visitor chooses, and again from the footer's
 * "Cookie settings". Accepting all, rejecting all and choosing per category are three equal
 * buttons. Before a choice nothing but functional storage is set: the choice itself is stored
 * only once the server recorded it. A region at the top of the page, not a modal dialog: it hides
 * nothing and traps no focus, and is the first thing a keyboard reaches after the skip link.
 */
// @promise P13 a consent banner that sets nothing beyond functional storage before a choice
export function ConsentBanner() {
  const { t, i18n } = useTranslation();
  const { choice, settingsOpen, outdated } = useConsent();
  const [choosing, setChoosing] = useState(false);
  const [draft, setDraft] = useState<Choices>({ analytics: false, thirdParty: false });
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<string>();
  const title = useRef<HTMLParagraphElement>(null);
  const titleId = useId();
  const open = choice === undefined || outdated || settingsOpen;
  const hasChoice = choice !== undefined;

  // A stored choice is asked again when a newer privacy statement is in force (P16).
  useEffect(() => {
    if (!hasChoice) return;
    const controller = new AbortController();
    fetchCurrentStatementVersion(controller.signal).then(noteStatementVersion, () => {
      // Unreachable: keep the choice in force; the next page load asks again.
    });
    return () => controller.abort();
  }, [hasChoice]);

  // Reopened from the footer: start from the choice in force, show the categories, move focus here.
  useEffect(() => {
    if (!settingsOpen) return;
    setDraft({ analytics: choice?.analytics ?? false, thirdParty: choice?.thirdParty ?? false });
    setChoosing(true);
    setProblem(undefined);
    title.current?.focus();
  }, [settingsOpen, choice]);

  if (!open) return null;
  const language = i18n.resolvedLanguage === 'en' ? 'en' : 'nl';
  const method: ConsentMethod = settingsOpen ? 'settings' : 'banner';

  async function save(choices: Choices) {
    setPending(true);
    setProblem(undefined);
    try {
      storeChoice(await recordConsent({ consentId: choice?.consentId, ...choices, method }));
      setChoosing(false);
    } catch (error) {
      setProblem(problemText(error));
    } finally {
      setPending(false);
    }
  }

  function submitOwnChoice(event: FormEvent) {
    event.preventDefault();
    void save(draft);
  }

  return (
    <section
      className="consent-banner"
      aria-labelledby={titleId}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && settingsOpen && !pending) closeConsentSettings();
      }}
    >
      <div className="consent-banner__inner">
        {/* Not a heading: the notice comes before the page's own h1 and must not change its outline. */}
        <p id={titleId} ref={title} tabIndex={-1} className="consent-banner__title">
          {t('consent.title')}
        </p>
        <p>
          {t('consent.intro')} <Link to="/privacy">{t('consent.privacyLink')}</Link>
        </p>
        {outdated ? <p className="consent-banner__current">{t('consent.changed')}</p> : null}
        {choice ? (
          <p className="consent-banner__current">
            {t('consent.current', {
              analytics: choice.analytics ? t('consent.yes') : t('consent.no'),
              thirdParty: choice.thirdParty ? t('consent.yes') : t('consent.no'),
            })}
          </p>
        ) : null}
        <div className="consent-banner__actions">
          <button
            type="button"
            className="button button--secondary consent-banner__button"
            disabled={pending}
            onClick={() => void save({ analytics: true, thirdParty: true })}
          >
            {t('consent.acceptAll')}
          </button>
          <button
            type="button"
            className="button button--secondary consent-banner__button"
            disabled={pending}
            onClick={() => void save({ analytics: false, thirdParty: false })}
          >
            {t('consent.rejectAll')}
          </button>
          <button
            type="button"
            className="button button--secondary consent-banner__button"
            disabled={pending}
            aria-expanded={choosing}
            onClick={() => setChoosing((current) => !current)}
          >
            {t('consent.choose')}
          </button>
          {settingsOpen ? (
            <button
              type="button"
              className="link-button consent-banner__close"
              disabled={pending}
              onClick={closeConsentSettings}
            >
              {t('consent.close')}
            </button>
          ) : null}
        </div>
        {choosing ? (
          <form className="consent-banner__choices" onSubmit={submitOwnChoice}>
            <fieldset>
              <legend>{t('consent.categories')}</legend>
              <div className="consent-banner__category">
                <input id={`${titleId}-functional`} type="checkbox" checked disabled />
                <label htmlFor={`${titleId}-functional`}>
                  <strong>{STORAGE_CATEGORIES.functional[language]}</strong> ({t('consent.alwaysOn')})
                  <span className="consent-banner__explanation">
                    {STORAGE_CATEGORIES.functional.explanation[language]}
                  </span>
                </label>
              </div>
              {OPTIONAL.map(([field, category]) => (
                <div className="consent-banner__category" key={field}>
                  <input
                    id={`${titleId}-${field}`}
                    type="checkbox"
                    checked={draft[field]}
                    onChange={(event) => {
                      const checked = event.currentTarget.checked;
                      setDraft((current) => ({ ...current, [field]: checked }));
                    }}
                  />
                  <label htmlFor={`${titleId}-${field}`}>
                    <strong>{STORAGE_CATEGORIES[category][language]}</strong>
                    <span className="consent-banner__explanation">
                      {STORAGE_CATEGORIES[category].explanation[language]}
                      {field === 'analytics' ? ` ${t('consent.noAnalyticsYet')}` : ''}
                    </span>
                  </label>
                </div>
              ))}
            </fieldset>
            <button type="submit" className="button button--primary" disabled={pending}>
              {t('consent.save')}
            </button>
          </form>
        ) : null}
        {problem ? (
          <p className="consent-banner__problem" role="alert">
            {problem}
          </p>
        ) : null}
      </div>
    </section>
  );
}
