import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemText } from '../../api/api-client';
import { useFormatDate } from '../../features/privacy/use-format-date';
import type { ContactField } from '../../features/site-chat/site-chat-api';
import {
  askContactDetails,
  markAnswered,
  reply,
  type StaffConversation,
} from '../../features/site-chat/staff-inbox-api';
import { CheckboxGroup } from '../../ui/form/checkbox-group';
import { TextField } from '../../ui/form/text-field';
import { Notice } from '../../ui/notice';

const FIELDS: readonly ContactField[] = ['name', 'email', 'company'];

/** One conversation for staff: the messages, the contact details, and what staff can do next. */
export function StaffConversationView({
  conversation,
  onChanged,
}: {
  conversation: StaffConversation;
  onChanged(conversation: StaffConversation): void;
}) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<string>();
  const closed = conversation.status === 'resolved';

  async function act(action: () => Promise<StaffConversation>) {
    if (pending) return false;
    setPending(true);
    setProblem(undefined);
    try {
      onChanged(await action());
      return true;
    } catch (error) {
      setProblem(problemText(error));
      return false;
    } finally {
      setPending(false);
    }
  }

  const details = conversation.contactDetails;
  const given = [details.name, details.email, details.company].some((value) => value !== null);
  return (
    <article className="card site-chat-inbox__card" aria-labelledby="site-chat-conversation-title">
      <h2 id="site-chat-conversation-title">
        {details.name ?? t('siteChat.inbox.anonymous')}{' '}
        <span className={`site-chat-inbox__status site-chat-inbox__status--${conversation.status}`}>
          {t(`siteChat.inbox.status.${conversation.status}`)}
        </span>
      </h2>
      <ol className="site-chat-inbox__messages" role="log" aria-live="polite" aria-label={t('siteChat.log')}>
        {conversation.messages.map((message) => (
          <li
            key={message.id}
            className={`site-chat-inbox__message site-chat-inbox__message--${message.author}`}
          >
            <span className="site-chat-inbox__author">
              {message.author === 'visitor'
                ? t('siteChat.inbox.visitor')
                : (message.staffName ?? t('siteChat.staff'))}
            </span>
            <span className="site-chat-inbox__text">{message.body}</span>
          </li>
        ))}
      </ol>
      {conversation.satisfied === true ? <p>{t('siteChat.inbox.satisfiedYes')}</p> : null}
      {conversation.satisfied === false && conversation.status === 'open' ? (
        <p>{t('siteChat.inbox.satisfiedNo')}</p>
      ) : null}
      <section aria-labelledby="site-chat-contact-title">
        <h3 id="site-chat-contact-title">{t('siteChat.inbox.contactDetails')}</h3>
        {given ? (
          <dl className="site-chat-inbox__details">
            {FIELDS.map((field) =>
              details[field] === null ? null : (
                <div key={field}>
                  <dt>{t(`siteChat.contact.${field}`)}</dt>
                  <dd>{details[field]}</dd>
                </div>
              ),
            )}
          </dl>
        ) : (
          <p>{t('siteChat.inbox.noContactDetails')}</p>
        )}
        {conversation.contactRequest && conversation.contactAnsweredAt === null ? (
          <p>{t('siteChat.inbox.contactPending')}</p>
        ) : null}
        {conversation.contactRequest && conversation.contactAnsweredAt !== null && !given ? (
          <p>{t('siteChat.inbox.contactDeclined')}</p>
        ) : null}
      </section>
      {problem ? (
        <Notice tone="error">
          <p>{problem}</p>
        </Notice>
      ) : null}
      {closed ? null : (
        <>
          <ReplyForm pending={pending} onReply={(message) => act(() => reply(conversation.id, message))} />
          <AskContactForm
            pending={pending}
            onAsk={(fields, reason) => act(() => askContactDetails(conversation.id, fields, reason))}
          />
          {conversation.status === 'open' ? (
            <div className="site-chat-inbox__answered">
              <button
                type="button"
                className="button button--secondary"
                aria-busy={pending || undefined}
                onClick={() => void act(() => markAnswered(conversation.id))}
              >
                {t('siteChat.inbox.markAnswered')}
              </button>
              <p className="field__hint">{t('siteChat.inbox.markAnsweredHint')}</p>
            </div>
          ) : null}
        </>
      )}
      <p className="field__hint">
        {t('siteChat.inbox.deletedAfter', { date: formatDate(conversation.deletedAfter) })}
      </p>
    </article>
  );
}

function ReplyForm({ pending, onReply }: { pending: boolean; onReply(message: string): Promise<boolean> }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const id = useId();
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (text.trim() === '') return;
    if (await onReply(text)) setText('');
  }
  return (
    <form className="site-chat-inbox__reply" onSubmit={(event) => void submit(event)}>
      <label htmlFor={id} className="field__label">
        {t('siteChat.inbox.replyLabel')}
      </label>
      <textarea
        id={id}
        className="field__input"
        rows={3}
        maxLength={2000}
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      <button type="submit" className="button button--primary" aria-busy={pending || undefined}>
        {pending ? t('form.busy') : t('siteChat.inbox.reply')}
      </button>
    </form>
  );
}

function AskContactForm({
  pending,
  onAsk,
}: {
  pending: boolean;
  onAsk(fields: ContactField[], reason: string): Promise<boolean>;
}) {
  const { t } = useTranslation();
  const [fields, setFields] = useState<ContactField[]>([]);
  const [reason, setReason] = useState('');
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (await onAsk(fields, reason)) {
      setFields([]);
      setReason('');
    }
  }
  return (
    <details className="site-chat-inbox__ask">
      <summary>{t('siteChat.inbox.askTitle')}</summary>
      <form onSubmit={(event) => void submit(event)}>
        <CheckboxGroup
          id="site-chat-ask-fields"
          legend={t('siteChat.inbox.askFields')}
          options={FIELDS.map((field) => ({ value: field, label: t(`siteChat.contact.${field}`) }))}
          values={fields}
          onValuesChange={setFields}
        />
        <TextField
          id="site-chat-ask-reason"
          label={t('siteChat.inbox.askReason')}
          maxLength={300}
          value={reason}
          onValueChange={setReason}
        />
        <button type="submit" className="button button--primary" aria-busy={pending || undefined}>
          {pending ? t('form.busy') : t('siteChat.inbox.ask')}
        </button>
      </form>
    </details>
  );
}
