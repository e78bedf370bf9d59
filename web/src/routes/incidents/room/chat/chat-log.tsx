import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChatMessage } from '../../../../api/chat-api';
import { useZonedTime } from '../tasks/zoned-time';

interface ChatLogProps {
  ref: Ref<HTMLDivElement>;
  messages: ChatMessage[];
  myId: string | undefined;
  hasOlder: boolean;
  loadingOlder: boolean;
  onLoadOlder(): void;
  onScroll(): void;
}

/**
 * The messages, oldest at the top, in a scrolling box that keyboard users can scroll too. It is a
 * log: screen readers read new messages out without taking the person away from what they do.
 */
export function ChatLog({
  ref,
  messages,
  myId,
  hasOlder,
  loadingOlder,
  onLoadOlder,
  onScroll,
}: ChatLogProps) {
  const { t } = useTranslation();
  const time = useZonedTime();
  return (
    <div
      ref={ref}
      className="chat__scroller"
      role="log"
      aria-live="polite"
      aria-label={t('incidentPanels.chat.log')}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling box must be reachable to scroll it by keyboard
      tabIndex={0}
      onScroll={onScroll}
    >
      {hasOlder ? (
        <div className="chat__older">
          <button
            type="button"
            className="button button--secondary button--small"
            aria-busy={loadingOlder || undefined}
            onClick={onLoadOlder}
          >
            {loadingOlder ? t('form.busy') : t('incidentPanels.chat.older')}
          </button>
        </div>
      ) : messages.length > 0 ? (
        <p className="chat__start">{t('incidentPanels.chat.start')}</p>
      ) : null}
      {messages.length === 0 ? <p className="chat__empty">{t('incidentPanels.chat.none')}</p> : null}
      <ol className="chat__messages">
        {messages.map((message) => {
          const own = message.author !== null && message.author.id === myId;
          return (
            <li key={message.id} className={own ? 'chat__message chat__message--own' : 'chat__message'}>
              <p className="chat__meta">
                <span className="chat__author">
                  {message.author?.name ?? t('incidentPanels.unknownPerson')}
                </span>{' '}
                <time className="chat__time" dateTime={message.createdAt}>
                  {time.moment(message.createdAt)}
                </time>
              </p>
              <p className="chat__body">{message.body}</p>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
