import { type KeyboardEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../../api/api-client';
import { type ChatMessage, sendChatMessage } from '../../../../api/chat-api';
import { FieldFrame } from '../../../../ui/form/field-frame';

const MAX_LENGTH = 4000;

/** Writes a message: Enter sends, Shift+Enter starts a new line; the text stays when sending fails. */
export function ChatComposer({
  incidentId,
  onSent,
}: {
  incidentId: string;
  onSent(message: ChatMessage): void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  const [pending, setPending] = useState(false);
  const field = useRef<HTMLTextAreaElement>(null);

  async function send() {
    if (pending) return;
    const body = text.trim();
    if (!body) {
      setError(t('incidentPanels.chat.messageMissing'));
      field.current?.focus();
      return;
    }
    setPending(true);
    try {
      const message = await sendChatMessage(incidentId, body);
      setText('');
      setError(undefined);
      onSent(message);
    } catch (problem) {
      setError(problem instanceof ApiError ? problem.message : t('errors.unexpected'));
    } finally {
      setPending(false);
      field.current?.focus();
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    // Not while an input method is still composing a character (Japanese, Chinese, …).
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      void send();
    }
  }

  return (
    <form
      className="chat__composer"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void send();
      }}
    >
      <FieldFrame
        id="chat-message"
        label={t('incidentPanels.chat.message')}
        hint={t('incidentPanels.chat.messageHint')}
        error={error}
      >
        {(control) => (
          <div className="chat__composer-row">
            <textarea
              ref={field}
              className="field__input chat__input"
              rows={2}
              maxLength={MAX_LENGTH}
              {...control}
              value={text}
              onChange={(event) => setText(event.target.value)}
              onKeyDown={onKeyDown}
            />
            <button type="submit" className="button button--primary" aria-busy={pending || undefined}>
              {pending ? t('form.busy') : t('incidentPanels.chat.send')}
            </button>
          </div>
        )}
      </FieldFrame>
    </form>
  );
}
