import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemText } from '../../api/api-client';
import { Link } from '../../router/link';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { Notice } from '../../ui/notice';
import { useFormatDate } from '../privacy/use-format-date';
import { ContactForm } from './contact-form';
import { answerSatisfaction, endConversation, sendMessage, type VisitorConversation } from './site-chat-api';
import { useVisitorChat } from './use-visitor-chat';
import './site-chat-widget.css';

/**
 * The chat on Baken's public pages (P9). A button opens a panel (a non-modal dialog: the page
 * stays usable, Escape closes it and focus returns to the button). Nothing is stored and nothing
 * is created on the server until the visitor sends a first message.
 */
// @promise P9 the widget stores nothing in the browser until the visitor sends a first message
export function SiteChatWidget() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const chat = useVisitorChat();
  const panelId = useId();
  const titleId = useId();
  const opener = useRef<HTMLButtonElement>(null);
  const title = useRef<HTMLHeadingElement>(null);
  const seenMessages = useRef(0);
  const messages = chat.state.kind === 'active' ? chat.state.conversation.messages : [];
  if (open) seenMessages.current = messages.length;
  const news = !open && messages.length > seenMessages.current && messages.at(-1)?.author === 'staff';

  useEffect(() => {
    if (open) title.current?.focus();
  }, [open]);

  function close() {
    setOpen(false);
    opener.current?.focus();
  }

  return (
    <div className="site-chat">
      {open ? (
        <section
          id={panelId}
          className="site-chat__panel"
          role="dialog"
          aria-modal="false"
          aria-labelledby={titleId}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && !event.defaultPrevented) close();
          }}
        >
          <header className="site-chat__header">
            <h2 id={titleId} ref={title} tabIndex={-1} className="site-chat__title">
              {t('siteChat.title')}
            </h2>
            <button type="button" className="button button--secondary site-chat__close" onClick={close}>
              {t('siteChat.close')}
            </button>
          </header>
          <ChatBody chat={chat} />
        </section>
      ) : null}
      <button
        ref={opener}
        type="button"
        className="button button--primary site-chat__opener"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => (open ? close() : setOpen(true))}
      >
        {news ? t('siteChat.openWithNews') : t('siteChat.open')}
      </button>
    </div>
  );
}

function ChatBody({ chat }: { chat: ReturnType<typeof useVisitorChat> }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const [ending, setEnding] = useState(false);
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [endedNotice, setEndedNotice] = useState(false);
  const { state } = chat;

  async function act(action: () => Promise<void>) {
    setPending(true);
    setProblem(undefined);
    try {
      await action();
    } catch (error) {
      setProblem(problemText(error));
    } finally {
      setPending(false);
    }
  }

  if (state.kind === 'loading') return <p role="status">{t('siteChat.loading')}</p>;
  const conversation = state.kind === 'active' ? state.conversation : undefined;
  const token = state.kind === 'active' ? state.token : undefined;

  return (
    <div className="site-chat__body">
      {conversation ? null : (
        <p className="site-chat__intro">
          {t('siteChat.intro')} <Link to="/privacy">{t('siteChat.privacyLink')}</Link>
        </p>
      )}
      {state.kind === 'gone' ? (
        <Notice tone="info">
          <p>{t('siteChat.gone')}</p>
        </Notice>
      ) : null}
      {endedNotice ? (
        <Notice tone="info">
          <p>{t('siteChat.ended')}</p>
        </Notice>
      ) : null}
      {conversation ? <MessageLog conversation={conversation} /> : null}
      {conversation && token && conversation.contactRequest ? (
        <ContactForm
          request={conversation.contactRequest}
          token={token}
          onAnswered={(changed) => chat.show(token, changed)}
        />
      ) : null}
      {conversation && token && conversation.satisfactionAsked ? (
        <fieldset className="site-chat__satisfaction">
          <legend>{t('siteChat.satisfaction.question')}</legend>
          <div className="site-chat__buttons">
            <button
              type="button"
              className="button button--primary"
              aria-busy={pending || undefined}
              onClick={() => void act(async () => chat.show(token, await answerSatisfaction(token, true)))}
            >
              {t('siteChat.satisfaction.yes')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              aria-busy={pending || undefined}
              onClick={() => void act(async () => chat.show(token, await answerSatisfaction(token, false)))}
            >
              {t('siteChat.satisfaction.no')}
            </button>
          </div>
        </fieldset>
      ) : null}
      {conversation?.status === 'resolved' ? (
        <Notice tone="success">
          <p>{t('siteChat.resolved')}</p>
        </Notice>
      ) : (
        <Composer
          pending={pending}
          onSend={(message) =>
            act(async () => {
              setEndedNotice(false);
              if (token) chat.show(token, await sendMessage(token, message));
              else await chat.start(message);
            })
          }
        />
      )}
      {problem ? (
        <Notice tone="error">
          <p>{problem}</p>
        </Notice>
      ) : null}
      {conversation && token ? (
        <div className="site-chat__footer">
          <p className="site-chat__retention">
            {t('siteChat.deletedAfter', { date: formatDate(conversation.deletedAfter) })}
          </p>
          <div className="site-chat__buttons">
            {conversation.status === 'resolved' ? (
              <button type="button" className="button button--secondary" onClick={chat.reset}>
                {t('siteChat.newConversation')}
              </button>
            ) : null}
            <button type="button" className="button button--danger" onClick={() => setEnding(true)}>
              {t('siteChat.end')}
            </button>
          </div>
          <ConfirmDialog
            open={ending}
            title={t('siteChat.endTitle')}
            confirmLabel={t('siteChat.endConfirm')}
            pending={pending}
            onCancel={() => setEnding(false)}
            onConfirm={() =>
              void act(async () => {
                await endConversation(token);
                setEnding(false);
                chat.reset();
                setEndedNotice(true);
              })
            }
          >
            <p>{t('siteChat.endText')}</p>
          </ConfirmDialog>
        </div>
      ) : null}
    </div>
  );
}

function MessageLog({ conversation }: { conversation: VisitorConversation }) {
  const { t } = useTranslation();
  const end = useRef<HTMLLIElement>(null);
  const count = conversation.messages.length;
  useEffect(() => {
    if (count > 0) end.current?.scrollIntoView?.({ block: 'nearest' });
  }, [count]);
  const waiting = conversation.status === 'open' && conversation.messages.at(-1)?.author === 'visitor';
  return (
    <>
      <ol className="site-chat__log" role="log" aria-label={t('siteChat.log')} aria-live="polite">
        {conversation.messages.map((message, index) => (
          <li
            key={message.id}
            ref={index === count - 1 ? end : undefined}
            className={`site-chat__message site-chat__message--${message.author}`}
          >
            <span className="site-chat__author">
              {message.author === 'visitor' ? t('siteChat.you') : t('siteChat.staff')}
            </span>
            <span className="site-chat__text">{message.body}</span>
          </li>
        ))}
      </ol>
      {waiting ? <p className="site-chat__waiting">{t('siteChat.waiting')}</p> : null}
    </>
  );
}

function Composer({ pending, onSend }: { pending: boolean; onSend(message: string): Promise<void> }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const fieldId = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (pending || text.trim() === '') return;
    await onSend(text);
    setText('');
  }

  return (
    <form className="site-chat__composer" onSubmit={(event) => void submit(event)}>
      <label htmlFor={fieldId} className="field__label">
        {t('siteChat.messageLabel')}
      </label>
      <textarea
        id={fieldId}
        className="field__input site-chat__input"
        rows={3}
        maxLength={2000}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          // Enter sends, as in every chat; Shift+Enter starts a new line.
          if (event.key === 'Enter' && !event.shiftKey) void submit(event);
        }}
      />
      <button type="submit" className="button button--primary" aria-busy={pending || undefined}>
        {pending ? t('form.busy') : t('siteChat.send')}
      </button>
    </form>
  );
}
