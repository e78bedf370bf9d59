import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiRequest, problemText } from '../../api/api-client';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { Notice } from '../../ui/notice';
import { PageTitle } from '../../ui/page-title';
import { type PrivacyRequest, tokenFromHash } from './privacy-requests-api';

const OPEN_STATUSES = new Set(['awaiting_identity', 'open', 'extended']);

/** On the requester's own list: withdraw an open request, after a confirmation (P17). */
export function WithdrawButton({
  request,
  onWithdrawn,
}: {
  request: Pick<PrivacyRequest, 'id' | 'status' | 'right'>;
  onWithdrawn(): void;
}) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<string>();
  if (!OPEN_STATUSES.has(request.status)) return null;
  const right = t(`privacyRequests.rights.${request.right}.name`);
  async function withdraw() {
    setPending(true);
    try {
      await apiRequest<void>('POST', `/api/privacy/requests/${request.id}/withdraw`);
      setAsking(false);
      onWithdrawn();
    } catch (error) {
      setProblem(problemText(error));
      setAsking(false);
    } finally {
      setPending(false);
    }
  }
  return (
    <>
      {' '}
      <button
        type="button"
        className="button button--secondary button--small"
        aria-label={t('withdrawal.buttonLabel', { right })}
        onClick={() => setAsking(true)}
      >
        {t('withdrawal.button')}
      </button>
      {problem ? (
        <Notice tone="error">
          <p>{problem}</p>
        </Notice>
      ) : null}
      <ConfirmDialog
        open={asking}
        title={t('withdrawal.buttonLabel', { right })}
        confirmLabel={t('withdrawal.button')}
        pending={pending}
        onConfirm={() => void withdraw()}
        onCancel={() => setAsking(false)}
      >
        <p>{t('withdrawal.confirm')}</p>
      </ConfirmDialog>
    </>
  );
}

/** Where the link in the acknowledgement of a public request leads: one button to withdraw it. */
export function WithdrawRequestPage() {
  const { t } = useTranslation();
  const [token] = useState(tokenFromHash);
  const [state, setState] = useState<
    { kind: 'idle' | 'busy' | 'done' } | { kind: 'failed'; message: string }
  >({
    kind: 'idle',
  });
  async function withdraw() {
    setState({ kind: 'busy' });
    try {
      await apiRequest<void>('POST', '/api/privacy/requests/public/withdraw', { body: { token } });
      setState({ kind: 'done' });
    } catch (error) {
      setState({ kind: 'failed', message: problemText(error) });
    }
  }
  return (
    <div className="container page narrow">
      <PageTitle>{t('withdrawal.page.title')}</PageTitle>
      {!token ? (
        <Notice tone="error">
          <p>{t('withdrawal.page.incomplete')}</p>
        </Notice>
      ) : state.kind === 'done' ? (
        <Notice tone="success" focus>
          <p>{t('withdrawal.page.done')}</p>
        </Notice>
      ) : (
        <>
          <p className="page__intro">{t('withdrawal.page.intro')}</p>
          <button
            type="button"
            className="button button--danger"
            disabled={state.kind === 'busy'}
            aria-busy={state.kind === 'busy'}
            onClick={() => void withdraw()}
          >
            {t('withdrawal.page.submit')}
          </button>
          {state.kind === 'failed' ? (
            <Notice tone="error" focus>
              <p>{state.message}</p>
            </Notice>
          ) : null}
        </>
      )}
    </div>
  );
}
