import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ALERT_LINK_ERRORS, type AlertAnswer, answerAlert, type MyAlert } from '../../api/alerts-api';
import { ApiError } from '../../api/api-client';
import { Link } from '../../router/link';
import { usePathname, useSearchParam } from '../../router/router';
import { useSession } from '../../session/session-context';
import { Notice } from '../../ui/notice';
import { AlertAnswerForm } from './alert-answer-form';
import { answerText } from './answer-text';
import { ExerciseMark } from './exercise-mark';
import { useFormatClock } from './use-format-clock';
import { useMyAlerts } from './use-my-alerts';
import './alert-inbox.css';

interface InboxItem {
  alert: MyAlert;
  /** Set once answered here: the confirmation stays until closed. */
  answer?: AlertAnswer;
  /** The server's word that the alert was cancelled meanwhile, shown instead of a confirmation. */
  cancelled?: string;
}

/**
 * The signed-in person's unanswered alerts, at the top of every page, with the answer buttons. It
 * never takes focus when an alert arrives (someone may be typing a logbook entry): a crisis alert is
 * announced as an alert, a normal one politely.
 */
export function AlertInbox() {
  const { t } = useTranslation();
  const { user } = useSession();
  const pathname = usePathname();
  const tab = useSearchParam('tab');
  const enabled = user !== undefined && !user.secondFactorSetupRequired;
  const alerts = useMyAlerts(enabled);
  const [answered, setAnswered] = useState<InboxItem[]>([]);

  if (!enabled || pathname === '/respond') return null;
  const answeredIds = new Set(answered.map((item) => item.alert.alertId));
  // The room's alerts tab has the same buttons on the board: one set on the screen is enough.
  const onItsBoard = (alert: MyAlert) =>
    alert.incidentId !== null && tab === 'alerts' && pathname === `/incidents/${alert.incidentId}`;
  const items: InboxItem[] = [
    ...alerts
      .filter(
        (alert) =>
          alert.status === 'active' &&
          alert.response === null &&
          !answeredIds.has(alert.alertId) &&
          !onItsBoard(alert),
      )
      .map((alert) => ({ alert })),
    ...answered,
  ].sort((a, b) => b.alert.createdAt.localeCompare(a.alert.createdAt));
  if (items.length === 0) return null;

  async function answer(alert: MyAlert, chosen: AlertAnswer) {
    try {
      await answerAlert(alert.alertId, chosen);
      setAnswered((current) => [...current, { alert, answer: chosen }]);
    } catch (error) {
      if (!(error instanceof ApiError && error.code === ALERT_LINK_ERRORS.cancelled)) throw error;
      setAnswered((current) => [...current, { alert, cancelled: error.message }]);
    }
  }

  function close(alertId: string) {
    setAnswered((current) => current.filter((item) => item.alert.alertId !== alertId));
    // The confirmation and its button are gone: continue at the page.
    document.getElementById('main')?.focus();
  }

  return (
    <section className="alert-inbox" aria-label={t('alerts.inbox.label')}>
      {items.map((item) => (
        <InboxAlert
          key={item.alert.alertId}
          item={item}
          onAnswer={(chosen) => answer(item.alert, chosen)}
          onClose={() => close(item.alert.alertId)}
        />
      ))}
    </section>
  );
}

interface InboxAlertProps {
  item: InboxItem;
  onAnswer(answer: AlertAnswer): Promise<void>;
  onClose(): void;
}

function InboxAlert({ item: { alert, answer, cancelled }, onAnswer, onClose }: InboxAlertProps) {
  const { t } = useTranslation();
  const formatClock = useFormatClock();
  const id = `inbox-${alert.alertId}`;
  return (
    <article
      className={`alert-inbox__item alert-inbox__item--${alert.urgency}`}
      aria-labelledby={`${id}-title`}
    >
      <div className="container alert-inbox__inner">
        <div className="alert-inbox__about">
          {/* Only the message is a live region: choosing an arrival time must not make it speak again. */}
          <div className="alert-inbox__message" role={alert.urgency === 'crisis' ? 'alert' : 'status'}>
            {alert.isExercise ? <ExerciseMark /> : null}
            <p className="alert-inbox__kind">
              {t(`alerts.kind.${alert.urgency}`)} ·{' '}
              <time dateTime={alert.createdAt}>
                {t('alerts.inbox.received', { time: formatClock(alert.createdAt) })}
              </time>
            </p>
            <h2 id={`${id}-title`} className="alert-inbox__title">
              {alert.title}
            </h2>
            {alert.body ? <p className="alert-text">{alert.body}</p> : null}
            {alert.location ? <p>{t('alerts.inbox.location', { location: alert.location })}</p> : null}
          </div>
          {alert.incidentId ? (
            <p className="alert-inbox__link">
              <Link to={`/incidents/${encodeURIComponent(alert.incidentId)}?tab=alerts`}>
                {t('alerts.inbox.openIncident')}
                <span className="visually-hidden"> {alert.title}</span>
              </Link>
            </p>
          ) : null}
        </div>
        <div className="alert-inbox__answer">
          {answer || cancelled ? (
            <Notice tone={answer ? 'success' : 'info'} focus>
              <p>
                {answer
                  ? t('alerts.inbox.done', { answer: answerText(t, answer.response, answer.etaMinutes) })
                  : cancelled}
              </p>
              <button type="button" className="button button--secondary button--small" onClick={onClose}>
                {t('alerts.inbox.close')}
                <span className="visually-hidden">
                  {' '}
                  {t('alerts.inbox.closeWhat', { title: alert.title })}
                </span>
              </button>
            </Notice>
          ) : (
            <AlertAnswerForm id={id} title={alert.title} onAnswer={onAnswer} compact />
          )}
        </div>
      </div>
    </article>
  );
}
