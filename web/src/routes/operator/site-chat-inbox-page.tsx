import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, problemText } from '../../api/api-client';
import {
  type InboxItem,
  listInbox,
  readConversation,
  type StaffConversation,
} from '../../features/site-chat/staff-inbox-api';
import { useSiteChatUpdates } from '../../features/site-chat/use-site-chat-updates';
import { Link } from '../../router/link';
import { useSearchParam } from '../../router/router';
import { Notice } from '../../ui/notice';
import { PageTitle } from '../../ui/page-title';
import { useLoaded } from '../admin/use-loaded';
import { StaffConversationView } from './site-chat-conversation';
import '../admin/admin-pages.css';
import './site-chat-inbox-page.css';

const PAGE = '/operator/site-chat';

/** "3 min", "2 h 5 min", "1 d 4 h": how long a visitor has waited, at a glance. */
export function waitingText(seconds: number, language: string): string {
  const minutes = Math.floor(seconds / 60);
  const unit = (value: number, name: 'day' | 'hour' | 'minute') =>
    new Intl.NumberFormat(language, { style: 'unit', unit: name, unitDisplay: 'short' }).format(value);
  if (minutes < 60) return unit(minutes, 'minute');
  if (minutes < 24 * 60) return `${unit(Math.floor(minutes / 60), 'hour')} ${unit(minutes % 60, 'minute')}`;
  return `${unit(Math.floor(minutes / 1440), 'day')} ${unit(Math.floor((minutes % 1440) / 60), 'hour')}`;
}

/**
 * The website chat's inbox for the operator's staff (P9): the conversations, waiting ones first,
 * and the chosen one beside them (below on a phone). Both follow changes live.
 */
export function SiteChatInboxPage() {
  const { t } = useTranslation();
  const selectedId = useSearchParam('conversation');
  const inbox = useLoaded(listInbox);
  const [conversation, setConversation] = useState<StaffConversation>();
  const [problem, setProblem] = useState<string>();

  const load = useCallback(
    async (id: string) => {
      try {
        setConversation(await readConversation(id));
        setProblem(undefined);
      } catch (error) {
        setConversation(undefined);
        setProblem(
          error instanceof ApiError && error.status === 404 ? t('siteChat.gone') : problemText(error),
        );
      }
    },
    [t],
  );

  useEffect(() => {
    setConversation(undefined);
    setProblem(undefined);
    if (selectedId) void load(selectedId);
  }, [selectedId, load]);

  const live = useSiteChatUpdates((changedId) => {
    void inbox.reload();
    if (selectedId && (changedId === undefined || changedId === selectedId)) void load(selectedId);
  });

  return (
    <div className="container page site-chat-inbox">
      <PageTitle>{t('siteChat.inbox.title')}</PageTitle>
      <p className="page__intro">{t('siteChat.inbox.intro')}</p>
      <p role="status" className="site-chat-inbox__live">
        {live === 'open' ? t('siteChat.inbox.live') : t('siteChat.inbox.reconnecting')}
      </p>
      {inbox.problem ? (
        <Notice tone="error">
          <p>{inbox.problem}</p>
        </Notice>
      ) : null}
      <div className="site-chat-inbox__layout">
        <nav aria-label={t('siteChat.inbox.list')} className="site-chat-inbox__list">
          <h2>{t('siteChat.inbox.list')}</h2>
          {inbox.data ? (
            inbox.data.length === 0 ? (
              <p>{t('siteChat.inbox.empty')}</p>
            ) : (
              <ul>
                {inbox.data.map((item) => (
                  <InboxEntry key={item.id} item={item} current={item.id === selectedId} />
                ))}
              </ul>
            )
          ) : inbox.problem ? null : (
            <p role="status">{t('access.loading')}</p>
          )}
        </nav>
        <section className="site-chat-inbox__conversation" aria-live="off">
          {selectedId ? (
            <>
              <p className="site-chat-inbox__back">
                <Link to={PAGE}>{t('siteChat.inbox.back')}</Link>
              </p>
              {problem ? (
                <Notice tone="error">
                  <p>{problem}</p>
                </Notice>
              ) : null}
              {conversation ? (
                <StaffConversationView conversation={conversation} onChanged={setConversation} />
              ) : problem ? null : (
                <p role="status">{t('access.loading')}</p>
              )}
            </>
          ) : (
            <p>{t('siteChat.inbox.choose')}</p>
          )}
        </section>
      </div>
    </div>
  );
}

function InboxEntry({ item, current }: { item: InboxItem; current: boolean }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  return (
    <li
      className={`site-chat-inbox__entry${item.waitingSeconds === null ? '' : ' site-chat-inbox__entry--waiting'}`}
    >
      <Link
        to={`${PAGE}?conversation=${encodeURIComponent(item.id)}`}
        aria-current={current ? 'true' : undefined}
      >
        <span className="site-chat-inbox__who">{item.contactName ?? t('siteChat.inbox.anonymous')}</span>
        <span className={`site-chat-inbox__status site-chat-inbox__status--${item.status}`}>
          {item.waitingSeconds === null
            ? t(`siteChat.inbox.status.${item.status}`)
            : t('siteChat.inbox.waitingFor', { duration: waitingText(item.waitingSeconds, language) })}
        </span>
        {item.lastMessage ? (
          <span className="site-chat-inbox__preview">{item.lastMessage.preview}</span>
        ) : null}
        <span className="site-chat-inbox__count">
          {t('siteChat.inbox.messages', { count: item.messageCount })}
        </span>
      </Link>
    </li>
  );
}
