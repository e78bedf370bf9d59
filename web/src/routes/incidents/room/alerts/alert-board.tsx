import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AlertSummary, type AlertView, cancelAlert } from '../../../../api/alerts-api';
import { problemText } from '../../../../api/api-client';
import { ExerciseMark } from '../../../../features/alerts/exercise-mark';
import { useFormatClock } from '../../../../features/alerts/use-format-clock';
import { useSession } from '../../../../session/session-context';
import { ConfirmDialog } from '../../../../ui/confirm-dialog';
import { Notice, StatusMessage } from '../../../../ui/notice';
import { AlertCounts } from './alert-counts';
import { sortRecipients, summaryOf, withRecipient } from './board-rules';
import { MyAnswer } from './my-answer';
import { RecipientRow } from './recipient-row';
import { useAlertBoard } from './use-alert-board';

interface AlertBoardProps {
  alertId: string;
  /**
   * Whether this person may call the alert off (policies/alerts.canCancelAlert: in a room, who may
   * write in it; on the alerts page, the admins). The server decides again.
   */
  mayCancel: boolean;
  /** Move focus to the board's heading once it shows (after sending, on the alerts page). */
  focusWhenShown?: boolean;
  /** The board's alert as it is now, so the list beside it shows the same numbers. */
  onSummary(summary: AlertSummary): void;
}

/** The response board of one alert: counters, and per person their answer and how they were reached. */
export function AlertBoard({ alertId, mayCancel, focusWhenShown = false, onSummary }: AlertBoardProps) {
  const { t } = useTranslation();
  const { view, problem, apply, reload } = useAlertBoard(alertId);
  const latestOnSummary = useRef(onSummary);
  latestOnSummary.current = onSummary;
  useEffect(() => {
    if (view) latestOnSummary.current(summaryOf(view));
  }, [view]);

  if (!view) {
    return problem ? (
      <Notice tone="error">
        <p>{problem}</p>
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => void reload()}
        >
          {t('incidentRoom.retry')}
        </button>
      </Notice>
    ) : (
      <p className="loading">{t('access.loading')}</p>
    );
  }
  return <Board mayCancel={mayCancel} focusWhenShown={focusWhenShown} view={view} onChange={apply} />;
}

// People drawn at once: an alert to thousands would otherwise put thousands of rows on a phone.
// The order puts those who need attention first, so the first page is the one that matters.
const PEOPLE_PER_PAGE = 100;

interface BoardProps {
  mayCancel: boolean;
  focusWhenShown: boolean;
  view: AlertView;
  /** Changes the board as it is when the change lands, so a live event meanwhile is kept. */
  onChange(change: (current: AlertView) => AlertView): void;
}

function Board({ mayCancel, focusWhenShown, view, onChange }: BoardProps) {
  const { t } = useTranslation();
  const { user } = useSession();
  const formatClock = useFormatClock();
  const [confirming, setConfirming] = useState(false);
  const [cancelPending, setCancelPending] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [status, setStatus] = useState<string>();
  const [shown, setShown] = useState(PEOPLE_PER_PAGE);
  const heading = useRef<HTMLHeadingElement>(null);
  // Once, when the board first shows: a later live change must not pull focus away.
  const focusOnMount = useRef(focusWhenShown);
  useEffect(() => {
    if (focusOnMount.current) heading.current?.focus();
  }, []);
  // After the dialog: its cancel button is gone, so continue at the board's heading. An effect,
  // because the dialog's own (a child's, so earlier) gives focus back to the button first.
  const [focusHeading, setFocusHeading] = useState(false);
  useEffect(() => {
    if (!focusHeading || confirming) return;
    heading.current?.focus();
    setFocusHeading(false);
  }, [focusHeading, confirming]);
  const active = view.status === 'active';
  const canCancel = active && mayCancel;
  const mine = user ? view.recipients.find((recipient) => recipient.userId === user.id) : undefined;

  async function confirmCancel() {
    setCancelPending(true);
    setProblem(undefined);
    try {
      const cancelled = await cancelAlert(view.id);
      onChange(() => cancelled);
      setStatus(t('alerts.board.cancelled'));
    } catch (error) {
      setProblem(problemText(error));
    } finally {
      setCancelPending(false);
      setConfirming(false);
      setFocusHeading(true);
    }
  }

  const sent = formatClock(view.createdAt);
  return (
    <section className="alert-board" aria-labelledby="alert-board-title">
      {view.isExercise ? <ExerciseMark /> : null}
      <div className="alert-board__header">
        <div className="alert-board__heading">
          <h3 id="alert-board-title" ref={heading} tabIndex={-1}>
            {view.title}
          </h3>
          <p className="alert-board__meta">
            <span className={view.urgency === 'crisis' ? 'badge badge--bad' : 'badge badge--neutral'}>
              {t(`alerts.urgency.${view.urgency}`)}
            </span>{' '}
            {active ? null : <span className="badge badge--neutral">{t('alerts.board.cancelledBadge')}</span>}{' '}
            {view.createdByName
              ? t('alerts.board.sentBy', { time: sent, name: view.createdByName })
              : t('alerts.board.sentAt', { time: sent })}
            {view.cancelledAt
              ? ` · ${t('alerts.board.cancelledAt', { time: formatClock(view.cancelledAt) })}`
              : ''}
          </p>
        </div>
        {canCancel ? (
          <button
            type="button"
            className="button button--danger-quiet button--small"
            onClick={() => setConfirming(true)}
          >
            {t('alerts.board.cancel')}
          </button>
        ) : null}
      </div>
      <StatusMessage message={status} />
      {problem ? (
        <Notice tone="error">
          <p>{problem}</p>
        </Notice>
      ) : null}
      {view.body ? <p className="alert-text alert-board__body">{view.body}</p> : null}
      {view.location ? (
        <dl className="facts">
          <div>
            <dt>{t('alerts.board.location')}</dt>
            <dd>{view.location}</dd>
          </div>
        </dl>
      ) : null}
      {active ? (
        <p className="room-panel__note">
          {t('alerts.board.escalation', { count: view.escalationMinutes })}{' '}
          {t('alerts.board.linksExpire', { time: formatClock(view.linksExpireAt) })}
        </p>
      ) : null}
      <AlertCounts counts={view.counts} />
      {mine && active ? (
        <MyAnswer
          alertId={view.id}
          title={view.title}
          mine={mine}
          onAnswered={(recipient) => onChange((current) => withRecipient(current, recipient))}
        />
      ) : null}
      {view.recipients.length === 0 ? (
        <p>{t('alerts.board.nobody')}</p>
      ) : (
        <>
          <ul className="recipients" aria-label={t('alerts.board.peopleLabel')}>
            {sortRecipients(view.recipients)
              .slice(0, shown)
              .map((recipient) => (
                <RecipientRow key={recipient.id} recipient={recipient} alertActive={active} />
              ))}
          </ul>
          {view.recipients.length > shown ? (
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => setShown((count) => count + PEOPLE_PER_PAGE)}
            >
              {t('alerts.board.showMore', { count: view.recipients.length - shown })}
            </button>
          ) : null}
        </>
      )}

      <ConfirmDialog
        open={confirming}
        title={t('alerts.board.cancelTitle', { title: view.title })}
        confirmLabel={t('alerts.board.cancel')}
        pending={cancelPending}
        onConfirm={() => void confirmCancel()}
        onCancel={() => setConfirming(false)}
      >
        <p>{t('alerts.board.cancelText')}</p>
      </ConfirmDialog>
    </section>
  );
}
