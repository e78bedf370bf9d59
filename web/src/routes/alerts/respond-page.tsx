import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ALERT_LINK_ERRORS,
  type AlertAnswer,
  type AlertLinkView,
  answerAlertLink,
  viewAlertLink,
} from '../../api/alerts-api';
import { ApiError, problemText } from '../../api/api-client';
import { ExerciseMark } from '../../features/alerts/exercise-mark';
import { PageTitle } from '../../ui/page-title';
import { LinkOutcome } from './link-outcome';
import { takeTokenFromAddress } from './link-token';
import { AlertDetails, Answered, LinkState } from './link-view';
import './respond-page.css';

/**
 * - `invalid`: no token, or one the server does not know.
 * - `problem`: the server could not be asked (offline, a hiccup): try again.
 * - `shown`: the alert, in the state the server says; `answered` after answering here.
 */
type Phase =
  | { kind: 'loading' }
  | { kind: 'invalid' }
  | { kind: 'problem'; message: string }
  | { kind: 'shown'; view: AlertLinkView }
  | { kind: 'answered'; view: AlertLinkView; answer: AlertAnswer; at: Date };

/** The codes that mean the link changed since it was shown: ask again what it is now. */
const CHANGED_CODES: readonly string[] = [
  ALERT_LINK_ERRORS.used,
  ALERT_LINK_ERRORS.expired,
  ALERT_LINK_ERRORS.cancelled,
];

/** /respond#<token>: answers an alert from the link in an e-mail or SMS, without signing in. */
export function RespondPage() {
  const { t } = useTranslation();
  // Taken out of the address bar at once (see takeTokenFromAddress). A new object per link opened,
  // so the same link opened again loads again.
  const [link, setLink] = useState(() => ({ token: takeTokenFromAddress() }));
  const [phase, setPhase] = useState<Phase>(link.token ? { kind: 'loading' } : { kind: 'invalid' });

  // Another link opened while this page is open only changes the fragment: no page load follows.
  useEffect(() => {
    const onHashChange = () => {
      const next = takeTokenFromAddress();
      if (!next) return;
      setLink({ token: next });
      setPhase({ kind: 'loading' });
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);

  const load = useCallback(
    async (signal?: AbortSignal) => {
      if (!link.token) return;
      try {
        setPhase({ kind: 'shown', view: await viewAlertLink(link.token, signal) });
      } catch (error) {
        if (signal?.aborted) return;
        setPhase(
          error instanceof ApiError && error.code === ALERT_LINK_ERRORS.invalid
            ? { kind: 'invalid' }
            : { kind: 'problem', message: problemText(error) },
        );
      }
    },
    [link],
  );

  useEffect(() => {
    const controller = new AbortController();
    void load(controller.signal);
    return () => controller.abort();
  }, [load]);

  async function answer(view: AlertLinkView, chosen: AlertAnswer) {
    if (!link.token) return;
    try {
      await answerAlertLink(link.token, chosen);
      setPhase({ kind: 'answered', view, answer: chosen, at: new Date() });
    } catch (error) {
      if (error instanceof ApiError && error.code === ALERT_LINK_ERRORS.invalid) {
        setPhase({ kind: 'invalid' });
      } else if (error instanceof ApiError && CHANGED_CODES.includes(error.code)) {
        // Answered elsewhere, expired or cancelled meanwhile: show what the link is now.
        await load();
      } else {
        throw error;
      }
    }
  }

  if (phase.kind === 'loading') {
    return (
      <div className="container page narrow respond-page">
        <p className="loading" role="status">
          {t('alerts.respond.loading')}
        </p>
      </div>
    );
  }
  if (phase.kind === 'invalid' || phase.kind === 'problem') {
    const invalid = phase.kind === 'invalid';
    return (
      <div className="container page narrow respond-page">
        <PageTitle>{invalid ? t('alerts.respond.invalidTitle') : t('alerts.respond.problemTitle')}</PageTitle>
        <LinkOutcome
          tone={invalid ? 'warning' : 'error'}
          text={invalid ? t('alerts.respond.invalid') : phase.message}
          offerSignIn={invalid}
        />
        {invalid ? null : (
          <button type="button" className="button button--secondary" onClick={() => void load()}>
            {t('alerts.respond.retry')}
          </button>
        )}
      </div>
    );
  }

  const { view } = phase;
  return (
    <div className="container page narrow respond-page">
      {view.isExercise ? <ExerciseMark /> : null}
      <AlertDetails view={view} />
      {phase.kind === 'answered' ? (
        <Answered answer={phase.answer} at={phase.at} />
      ) : (
        <LinkState view={view} onAnswer={(chosen) => answer(view, chosen)} />
      )}
    </div>
  );
}
