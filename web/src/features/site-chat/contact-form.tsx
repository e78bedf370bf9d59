import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemText } from '../../api/api-client';
import { TextField } from '../../ui/form/text-field';
import { Notice } from '../../ui/notice';
import { type ContactField, giveContactDetails, type VisitorConversation } from './site-chat-api';

const AUTOCOMPLETE: Record<ContactField, string> = { name: 'name', email: 'email', company: 'organization' };

/** The staff's request for contact details: only the fields they asked for, each optional, or decline. */
export function ContactForm({
  request,
  token,
  onAnswered,
}: {
  request: { fields: ContactField[]; reason: string };
  token: string;
  onAnswered(conversation: VisitorConversation): void;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Partial<Record<ContactField, string>>>({});
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<string>();

  async function send(details: Partial<Record<ContactField, string>>) {
    if (pending) return;
    setPending(true);
    setProblem(undefined);
    try {
      onAnswered(await giveContactDetails(token, details));
    } catch (error) {
      setProblem(problemText(error));
    } finally {
      setPending(false);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void send(values);
  }

  return (
    <form className="site-chat__contact" onSubmit={submit}>
      <fieldset>
        <legend>{t('siteChat.contact.title')}</legend>
        <p>{t('siteChat.contact.reason', { reason: request.reason })}</p>
        <p className="field__hint">{t('siteChat.contact.optional')}</p>
        {request.fields.map((field) => (
          <TextField
            key={field}
            id={`site-chat-contact-${field}`}
            label={t(`siteChat.contact.${field}`)}
            optional
            type={field === 'email' ? 'email' : 'text'}
            autoComplete={AUTOCOMPLETE[field]}
            maxLength={field === 'email' ? 320 : 200}
            value={values[field] ?? ''}
            onValueChange={(value) => setValues((current) => ({ ...current, [field]: value }))}
          />
        ))}
        <div className="site-chat__buttons">
          <button type="submit" className="button button--primary" aria-busy={pending || undefined}>
            {pending ? t('form.busy') : t('siteChat.contact.give')}
          </button>
          <button type="button" className="button button--secondary" onClick={() => void send({})}>
            {t('siteChat.contact.decline')}
          </button>
        </div>
      </fieldset>
      {problem ? (
        <Notice tone="error">
          <p>{problem}</p>
        </Notice>
      ) : null}
    </form>
  );
}
