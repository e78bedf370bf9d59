import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemText } from '../../api/api-client';
import { RequestChatData } from '../../features/site-chat/request-chat-data';
import { Notice } from '../../ui/notice';
import { PageTitle } from '../../ui/page-title';
import { HandlerActions } from './handler-actions';
import {
  formatDate,
  listQueue,
  type PrivacyRequest,
  type PrivacyRequestDetail,
  readRequest,
} from './privacy-requests-api';
import './privacy-requests.css';

/** The due date, with "overdue" or "paused" in words (never by colour alone). */
function DueDate({ request }: { request: PrivacyRequest }) {
  const { t } = useTranslation();
  return (
    <span className={request.overdue ? 'privacy-due privacy-due--overdue' : 'privacy-due'}>
      {request.overdue ? <strong>{t('privacyRequests.queue.overdue')}: </strong> : null}
      {t('privacyRequests.queue.due')} {formatDate(request.currentDueAt)}
      {request.status === 'awaiting_identity' ? ` (${t('privacyRequests.queue.paused')})` : ''}
    </span>
  );
}

function RequestDetail({ id, onChanged }: { id: string; onChanged(): void }) {
  const { t } = useTranslation();
  const [detail, setDetail] = useState<PrivacyRequestDetail>();
  const [problem, setProblem] = useState<string>();
  const load = useCallback(() => {
    readRequest(id).then(setDetail, (error: unknown) => setProblem(problemText(error)));
  }, [id]);
  useEffect(load, [load]);
  if (problem)
    return (
      <Notice tone="error">
        <p>{problem}</p>
      </Notice>
    );
  if (!detail) return <p className="loading">…</p>;
  return (
    <div className="privacy-request-detail">
      {detail.description ? <p className="privacy-request-description">{detail.description}</p> : null}
      <dl className="privacy-request-facts">
        <dt>{t('privacyRequests.queue.requester')}</dt>
        <dd>
          {detail.requesterName} &lt;{detail.requesterEmail}&gt; (
          {detail.viaAccount ? t('privacyRequests.queue.viaAccount') : t('privacyRequests.queue.viaForm')})
        </dd>
        <dt>{t('privacyRequests.queue.identity')}</dt>
        <dd>{t(`privacyRequests.identity.${detail.identityMethod ?? 'none'}`)}</dd>
      </dl>
      {detail.extendedUntil ? (
        <p>
          {t('privacyRequests.queue.extension', {
            date: formatDate(detail.extendedUntil),
            reason: detail.extensionReason ?? '',
          })}
        </p>
      ) : null}
      {detail.idCopyReason ? (
        <p>{t('privacyRequests.queue.idCopyReason', { reason: detail.idCopyReason })}</p>
      ) : null}
      <h4>{t('privacyRequests.queue.history')}</h4>
      <ol className="privacy-request-history">
        {detail.events.map((event) => (
          <li key={`${event.kind}-${event.at}`}>
            {formatDate(event.at)}:{' '}
            {t(`privacyRequests.queue.events.${event.kind}`, { defaultValue: event.kind })}
          </li>
        ))}
      </ol>
      {detail.answer ? (
        <>
          <h4>{t('privacyRequests.queue.answer')}</h4>
          <p className="privacy-request-description">{detail.answer}</p>
        </>
      ) : null}
      {detail.handles && detail.about === 'platform' ? (
        <RequestChatData requestId={detail.id} open={detail.closedAt === null} />
      ) : null}
      {detail.handles && detail.closedAt === null ? (
        <HandlerActions
          request={detail}
          onDone={() => {
            load();
            onChanged();
          }}
        />
      ) : null}
    </div>
  );
}

/** The handler queue (P17, P19): the operator's privacy officer and organisation admins, the same tools. */
export function RequestQueuePage() {
  const { t } = useTranslation();
  const [requests, setRequests] = useState<PrivacyRequest[]>();
  const [problem, setProblem] = useState<string>();
  const [openId, setOpenId] = useState<string>();
  const load = useCallback(() => {
    listQueue().then(setRequests, (error: unknown) => setProblem(problemText(error)));
  }, []);
  useEffect(load, [load]);
  return (
    <div className="container page">
      <PageTitle>{t('privacyRequests.queue.title')}</PageTitle>
      <p className="page__intro">{t('privacyRequests.queue.intro')}</p>
      {problem ? (
        <Notice tone="error">
          <p>{problem}</p>
        </Notice>
      ) : !requests ? (
        <p className="loading">…</p>
      ) : requests.length === 0 ? (
        <p>{t('privacyRequests.queue.none')}</p>
      ) : (
        <ul className="privacy-queue">
          {requests.map((request) => (
            <li key={request.id} className="privacy-queue__item">
              <h3 className="privacy-queue__title">
                {t(`privacyRequests.rights.${request.right}.name`)} — {request.requesterName}
              </h3>
              <p>
                {t(`privacyRequests.status.${request.status}`)} ·{' '}
                {request.about === 'platform'
                  ? t('privacyRequests.queue.aboutPlatform')
                  : t('privacyRequests.queue.aboutOrganisation')}{' '}
                · {t('privacyRequests.queue.received')} {formatDate(request.receivedAt)} ·{' '}
                {request.closedAt ? formatDate(request.closedAt) : <DueDate request={request} />}
              </p>
              <button
                type="button"
                className="button"
                aria-expanded={openId === request.id}
                onClick={() => setOpenId(openId === request.id ? undefined : request.id)}
              >
                {openId === request.id ? t('privacyRequests.queue.close') : t('privacyRequests.queue.open')}
              </button>
              {openId === request.id ? <RequestDetail id={request.id} onChanged={load} /> : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
