import { useTranslation } from 'react-i18next';
import type { OutboxMessage, OutboxStatus } from '../../api/api-types';
import { useFormatDateTime } from '../../ui/format';

const STATUS_TONE = {
  queued: 'neutral',
  sending: 'neutral',
  sent: 'good',
  stored: 'accent',
  failed: 'bad',
} as const satisfies Record<OutboxStatus, string>;

/** Mail Baken sent or holds, newest first; the text opens on request (it may carry a link to pass on). */
export function OutboxList({ messages }: { messages: OutboxMessage[] }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  if (messages.length === 0) return <p>{t('outbox.none')}</p>;
  return (
    <ul className="card-list">
      {messages.map((message) => (
        <li key={message.id} className="card outbox-message" aria-labelledby={`mail-${message.id}`}>
          <div className="card__header">
            <h3 id={`mail-${message.id}`} className="card__title">
              {message.subject}
            </h3>
            <span className={`badge badge--${STATUS_TONE[message.status]}`}>
              {t(`outbox.status.${message.status}`)}
            </span>
          </div>
          <dl className="facts">
            <div>
              <dt>{t('outbox.to')}</dt>
              <dd>{message.toAddress}</dd>
            </div>
            <div>
              <dt>{message.sentAt ? t('outbox.sentAt') : t('outbox.createdAt')}</dt>
              <dd>{formatDateTime(message.sentAt ?? message.createdAt)}</dd>
            </div>
            {message.status === 'failed' || message.attempts > 1 ? (
              <div>
                <dt>{t('outbox.attempts')}</dt>
                <dd>{message.attempts}</dd>
              </div>
            ) : null}
            {message.lastError ? (
              <div>
                <dt>{t('outbox.error')}</dt>
                <dd>{message.lastError}</dd>
              </div>
            ) : null}
          </dl>
          <details className="outbox-message__details">
            <summary>{t('outbox.showText')}</summary>
            <pre className="outbox-message__body" lang={message.language}>
              {message.textBody}
            </pre>
          </details>
        </li>
      ))}
    </ul>
  );
}
