import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemText } from '../../api/api-client';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { Notice } from '../../ui/notice';
import { useFormatDate } from '../privacy/use-format-date';
import { chatOfRequest, eraseChatOfRequest, type StaffConversation } from './staff-inbox-api';

/**
 * In a platform privacy request: the website chat conversations in which the requester's address
 * was given (P9, P17), to answer access with them and to delete them for an erasure request.
 */
export function RequestChatData({ requestId, open }: { requestId: string; open: boolean }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const [found, setFound] = useState<StaffConversation[]>();
  const [problem, setProblem] = useState<string>();
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);
  const [deleted, setDeleted] = useState<number>();

  const load = useCallback(() => {
    chatOfRequest(requestId).then(setFound, (error: unknown) => setProblem(problemText(error)));
  }, [requestId]);
  useEffect(load, [load]);

  async function erase() {
    setPending(true);
    try {
      setDeleted((await eraseChatOfRequest(requestId)).deleted);
      setConfirming(false);
      load();
    } catch (error) {
      setProblem(problemText(error));
    } finally {
      setPending(false);
    }
  }

  return (
    <section className="privacy-request-chat" aria-labelledby={`chat-of-${requestId}`}>
      <h4 id={`chat-of-${requestId}`}>{t('siteChat.request.title')}</h4>
      {problem ? (
        <Notice tone="error">
          <p>{problem}</p>
        </Notice>
      ) : null}
      {deleted === undefined ? null : (
        <Notice tone="success">
          <p>{t('siteChat.request.deleted', { count: deleted })}</p>
        </Notice>
      )}
      {found === undefined ? null : found.length === 0 ? (
        <p>{t('siteChat.request.none')}</p>
      ) : (
        <>
          <ul>
            {found.map((conversation) => (
              <li key={conversation.id}>
                <p>
                  {t('siteChat.request.conversation', {
                    date: formatDate(conversation.createdAt),
                    status: t(`siteChat.inbox.status.${conversation.status}`),
                  })}
                </p>
                <ol>
                  {conversation.messages.map((message) => (
                    <li key={message.id}>
                      {message.author === 'visitor' ? t('siteChat.inbox.visitor') : t('siteChat.staff')}:{' '}
                      {message.body}
                    </li>
                  ))}
                </ol>
              </li>
            ))}
          </ul>
          {open ? (
            <button type="button" className="button button--danger" onClick={() => setConfirming(true)}>
              {t('siteChat.request.erase')}
            </button>
          ) : null}
          <ConfirmDialog
            open={confirming}
            title={t('siteChat.request.erase')}
            confirmLabel={t('siteChat.endConfirm')}
            pending={pending}
            onCancel={() => setConfirming(false)}
            onConfirm={() => void erase()}
          >
            <p>{t('siteChat.request.eraseText', { count: found.length })}</p>
          </ConfirmDialog>
        </>
      )}
    </section>
  );
}
