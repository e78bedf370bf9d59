import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemText } from '../../../api/api-client';
import { CHAT_PAGE_SIZE, type ChatMessage, chatCsvUrl, listChatMessages } from '../../../api/chat-api';
import type { Incident } from '../../../api/incidents-api';
import { useIncidentEvent, useLiveLoad } from '../../../features/incidents/incident-events';
import { useSession } from '../../../session/session-context';
import { Notice } from '../../../ui/notice';
import { ChatComposer } from './chat/chat-composer';
import { ChatLog } from './chat/chat-log';
import { mergeMessages, messageFrom } from './chat/chat-messages';
import './panel-parts.css';
import './chat-panel.css';

/** How close to the end (in pixels) still counts as "reading the latest". */
const AT_BOTTOM_SLACK = 48;

type ScrollIntent = { kind: 'bottom' } | { kind: 'keep'; fromBottom: number };

/** The incident's group chat: the latest messages, earlier ones on request, and a composer. */
export function ChatPanel({ incident }: { incident: Incident }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const canPost = incident.permissions.canWrite && incident.status === 'active' && incident.chatEnabled;
  const [messages, setMessages] = useState<ChatMessage[]>();
  const [hasOlder, setHasOlder] = useState(false);
  const [loadingOlder, setLoadingOlder] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [unseen, setUnseen] = useState(0);
  const scroller = useRef<HTMLDivElement>(null);
  const atBottom = useRef(true);
  const scrollIntent = useRef<ScrollIntent>(undefined);

  const load = useCallback(
    async (signal?: AbortSignal) => {
      try {
        const latest = await listChatMessages(incident.id, { signal });
        setMessages((current) => {
          // A reload keeps earlier pages the person already scrolled back to.
          if (!current) setHasOlder(latest.length === CHAT_PAGE_SIZE);
          return mergeMessages(current, latest);
        });
        if (atBottom.current) scrollIntent.current = { kind: 'bottom' };
        setProblem(undefined);
      } catch (error) {
        if (signal?.aborted) return;
        setProblem(problemText(error));
      }
    },
    [incident.id],
  );

  useLiveLoad(load);

  useIncidentEvent(['chat.message'], (payload) => {
    const message = messageFrom(payload);
    if (!message) return;
    if (atBottom.current) scrollIntent.current = { kind: 'bottom' };
    else if (message.author?.id !== user?.id) setUnseen((count) => count + 1);
    setMessages((current) => mergeMessages(current, [message]));
  });

  // Applied after React has put the messages in, before the browser paints: no visible jump.
  useLayoutEffect(() => {
    const element = scroller.current;
    const intent = scrollIntent.current;
    if (!element || !intent || !messages) return;
    scrollIntent.current = undefined;
    element.scrollTop =
      intent.kind === 'bottom'
        ? element.scrollHeight
        : element.scrollHeight - element.clientHeight - intent.fromBottom;
    if (intent.kind === 'bottom') {
      atBottom.current = true;
      setUnseen(0);
    }
  }, [messages]);

  // Shown after being hidden (another tab), or resized by the phone's keyboard: stay with the latest.
  const hasMessages = messages !== undefined;
  useEffect(() => {
    const element = scroller.current;
    if (!hasMessages || !element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      if (atBottom.current) element.scrollTop = element.scrollHeight;
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [hasMessages]);

  function onScroll() {
    const element = scroller.current;
    if (!element) return;
    atBottom.current = element.scrollHeight - element.scrollTop - element.clientHeight < AT_BOTTOM_SLACK;
    if (atBottom.current) setUnseen(0);
  }

  async function loadOlder() {
    const oldest = messages?.[0];
    if (!oldest || loadingOlder) return;
    setLoadingOlder(true);
    try {
      const older = await listChatMessages(incident.id, { before: oldest.id });
      const element = scroller.current;
      if (element) {
        scrollIntent.current = {
          kind: 'keep',
          fromBottom: element.scrollHeight - element.clientHeight - element.scrollTop,
        };
      }
      setHasOlder(older.length === CHAT_PAGE_SIZE);
      setMessages((current) => mergeMessages(current, older));
      setProblem(undefined);
    } catch (error) {
      setProblem(problemText(error));
    } finally {
      setLoadingOlder(false);
    }
  }

  function jumpToLatest() {
    const element = scroller.current;
    if (!element) return;
    element.scrollTop = element.scrollHeight;
    atBottom.current = true;
    setUnseen(0);
    // The button goes away; the log itself is the next sensible place for focus.
    element.focus();
  }

  return (
    <section className="room-panel chat" aria-labelledby="chat-title">
      <div className="room-panel__header">
        <h2 id="chat-title">{t('incidentPanels.chat.title')}</h2>
        <a className="chat__export" href={chatCsvUrl(incident.id)} download>
          {t('incidentPanels.chat.export')}
        </a>
      </div>
      {incident.status !== 'active' ? (
        <p className="room-panel__note">{t('incidentPanels.chat.closed')}</p>
      ) : !incident.chatEnabled ? (
        <p className="room-panel__note">{t('incidentPanels.chat.disabled')}</p>
      ) : null}
      {problem ? (
        <Notice tone="error">
          <p>{problem}</p>
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => void load()}
          >
            {t('incidentPanels.retry')}
          </button>
        </Notice>
      ) : null}
      {!messages && !problem ? <p className="loading">{t('access.loading')}</p> : null}
      {messages ? (
        <div className="chat__window">
          <ChatLog
            ref={scroller}
            messages={messages}
            myId={user?.id}
            hasOlder={hasOlder}
            loadingOlder={loadingOlder}
            onLoadOlder={() => void loadOlder()}
            onScroll={onScroll}
          />
          {unseen > 0 ? (
            <button
              type="button"
              className="button button--primary button--small chat__jump"
              onClick={jumpToLatest}
            >
              {t('incidentPanels.chat.unseen', { count: unseen })}
            </button>
          ) : null}
        </div>
      ) : null}
      {canPost && messages ? (
        <ChatComposer
          incidentId={incident.id}
          onSent={(message) => {
            scrollIntent.current = { kind: 'bottom' };
            setMessages((current) => mergeMessages(current, [message]));
          }}
        />
      ) : null}
    </section>
  );
}
