import { useTranslation } from 'react-i18next';
import type { AlertRecipient, ChannelDelivery } from '../../../../api/alerts-api';
import { arrivalOf, useFormatClock } from '../../../../features/alerts/use-format-clock';

const KNOWN_FAILURES = [
  'no_phone_number',
  'no_push_device',
  'sms_not_configured',
  'email_not_configured',
  'push_not_configured',
  'invalid_phone_number',
  'push_rejected',
  'answered',
  'alert_cancelled',
  'not_reachable',
  'too_many_attempts',
] as const;
type KnownFailure = (typeof KNOWN_FAILURES)[number];

function isKnownFailure(reason: string): reason is KnownFailure {
  return (KNOWN_FAILURES as readonly string[]).includes(reason);
}

const STATUS_BADGE = {
  coming: 'badge--good',
  acknowledged: 'badge--neutral',
  none: 'recipient__status--none',
  unavailable: 'badge--bad',
} as const;

/** The moment that goes with a delivery's status: when it was delivered, failed, sent or queued. */
function momentOf(delivery: ChannelDelivery): string | null {
  switch (delivery.status) {
    case 'delivered':
      return delivery.deliveredAt;
    case 'failed':
      return delivery.failedAt;
    case 'sent':
      return delivery.sentAt;
    case 'queued':
      return delivery.queuedAt;
    default:
      return null;
  }
}

/** One person on the board: who, why, their answer with arrival time, and how they were reached. */
export function RecipientRow({
  recipient,
  alertActive,
}: {
  recipient: AlertRecipient;
  alertActive: boolean;
}) {
  const { t } = useTranslation();
  const formatClock = useFormatClock();
  const nameId = `recipient-${recipient.id}-name`;
  const status = recipient.response ?? 'none';
  const detail = [recipient.roleName, t(`alerts.reason.${recipient.reason}`)].filter(Boolean).join(' · ');

  function failureText(reason: string): string {
    return isKnownFailure(reason) ? t(`alerts.failure.${reason}`) : t('alerts.failure.other', { reason });
  }

  return (
    <li className="recipient" aria-labelledby={nameId}>
      <div className="recipient__who">
        <span id={nameId} className="recipient__name">
          {recipient.name}
        </span>
        <span className="recipient__detail">{detail}</span>
      </div>
      <div className="recipient__answer">
        <span className={`badge recipient__status ${STATUS_BADGE[status]}`}>
          {t(`alerts.board.status.${status}`)}
        </span>
        {recipient.response === 'coming' && recipient.etaMinutes !== null && recipient.respondedAt ? (
          <span className="recipient__eta">
            {t('alerts.board.eta', {
              count: recipient.etaMinutes,
              time: formatClock(arrivalOf(recipient.respondedAt, recipient.etaMinutes)),
            })}
          </span>
        ) : null}
        {recipient.respondedAt ? (
          <span className="recipient__note">
            {t('alerts.board.respondedAt', {
              time: formatClock(recipient.respondedAt),
              via: recipient.respondedVia ? t(`alerts.via.${recipient.respondedVia}`) : '',
            }).trim()}
          </span>
        ) : null}
        {recipient.response === null && alertActive && recipient.nextEscalationAt ? (
          <span className="recipient__note">
            {t('alerts.board.nextEscalation', { time: formatClock(recipient.nextEscalationAt) })}
          </span>
        ) : null}
      </div>
      {recipient.channels.length > 0 ? (
        <ul
          className="recipient__channels"
          aria-label={t('alerts.board.channelsLabel', { name: recipient.name })}
        >
          {recipient.channels.map((delivery, index) => {
            const moment = momentOf(delivery);
            const state = t(`alerts.delivery.${delivery.status}`);
            return (
              // The same channel can be tried again after an escalation: the position keeps them apart.
              // biome-ignore lint/suspicious/noArrayIndexKey: deliveries have no id and keep their order
              <li key={`${delivery.channel}-${index}`} className={`channel channel--${delivery.status}`}>
                <span className="channel__name">{t(`alerts.channel.${delivery.channel}`)}</span>{' '}
                <span className="channel__state">
                  {moment ? t('alerts.board.channelAt', { status: state, time: formatClock(moment) }) : state}
                  {delivery.attempts > 1
                    ? ` (${t('alerts.board.attempts', { count: delivery.attempts })})`
                    : ''}
                  {delivery.status === 'failed' && delivery.failureReason
                    ? ` — ${failureText(delivery.failureReason)}`
                    : ''}
                </span>
              </li>
            );
          })}
        </ul>
      ) : null}
    </li>
  );
}
