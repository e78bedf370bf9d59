import { useTranslation } from 'react-i18next';
import type { AlertAnswer, AlertLinkView } from '../../api/alerts-api';
import { AlertAnswerForm } from '../../features/alerts/alert-answer-form';
import { answerText } from '../../features/alerts/answer-text';
import { arrivalOf, useFormatClock } from '../../features/alerts/use-format-clock';
import { PageTitle } from '../../ui/page-title';
import { LinkOutcome } from './link-outcome';

/** What the alert says: from whom, for whom, the text and the place. */
export function AlertDetails({ view }: { view: AlertLinkView }) {
  const { t } = useTranslation();
  const exercise = view.isExercise ? `${t('alerts.exercise')} – ` : '';
  return (
    <>
      <p className={`respond-page__from respond-page__from--${view.urgency}`}>
        {t('alerts.respond.from', {
          kind: t(`alerts.kind.${view.urgency}`),
          organisation: view.organisationName,
        })}
      </p>
      <PageTitle documentTitle={`${exercise}${view.title} – ${t('app.name')}`}>{view.title}</PageTitle>
      <p className="respond-page__for">{t('alerts.respond.for', { name: view.recipientName })}</p>
      {view.body ? <p className="alert-text respond-page__body">{view.body}</p> : null}
      {view.location ? (
        <dl className="facts respond-page__facts">
          <div>
            <dt>{t('alerts.respond.location')}</dt>
            <dd>{view.location}</dd>
          </div>
        </dl>
      ) : null}
    </>
  );
}

/** The answer buttons while the link is open; otherwise what became of it. */
export function LinkState({
  view,
  onAnswer,
}: {
  view: AlertLinkView;
  onAnswer(answer: AlertAnswer): Promise<void>;
}) {
  const { t } = useTranslation();
  switch (view.state) {
    case 'open':
      return (
        <section className="respond-page__answer" aria-labelledby="respond-question">
          <h2 id="respond-question" className="respond-page__question">
            {t('alerts.respond.question')}
          </h2>
          <AlertAnswerForm id="respond" title={view.title} onAnswer={onAnswer} />
        </section>
      );
    case 'used':
      return (
        <LinkOutcome
          tone="info"
          text={
            view.response
              ? t('alerts.respond.used', { answer: answerText(t, view.response, view.etaMinutes) })
              : t('alerts.respond.usedUnknown')
          }
          more={t('alerts.respond.usedNext')}
          offerSignIn
        />
      );
    case 'expired':
      return (
        <LinkOutcome
          tone="warning"
          title={t('alerts.respond.expiredTitle')}
          text={t('alerts.respond.expired')}
          offerSignIn
        />
      );
    default:
      return (
        <LinkOutcome
          tone="info"
          title={t('alerts.respond.cancelledTitle')}
          text={t('alerts.respond.cancelled')}
        />
      );
  }
}

/** The confirmation that replaces the buttons; it takes focus, as the button pressed is gone. */
export function Answered({ answer, at }: { answer: AlertAnswer; at: Date }) {
  const { t } = useTranslation();
  const formatClock = useFormatClock();
  const arrival =
    answer.response === 'coming' && answer.etaMinutes !== undefined
      ? t('alerts.respond.doneArrival', { time: formatClock(arrivalOf(at, answer.etaMinutes)) })
      : undefined;
  return (
    <LinkOutcome
      tone="success"
      title={t('alerts.respond.doneTitle')}
      text={`${t('alerts.respond.done', { answer: answerText(t, answer.response, answer.etaMinutes) })}${arrival ? ` ${arrival}` : ''}`}
      more={t('alerts.respond.doneNext')}
      focus
    />
  );
}
