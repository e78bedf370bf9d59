import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemText } from '../../api/api-client';
import { Notice } from '../../ui/notice';
import { PageTitle } from '../../ui/page-title';
import { postForDownload } from '../my-data/my-data-api';
import { tokenFromHash } from '../privacy-requests/privacy-requests-api';

/**
 * Where the recipient of a transfer lands (the token after #, never sent in a URL): one button,
 * because the link works once and a page that downloaded by itself on a preview would spend it.
 */
export function DataTransferPage() {
  const { t } = useTranslation();
  const [token] = useState(tokenFromHash);
  const [state, setState] = useState<
    { kind: 'idle' | 'busy' | 'done' } | { kind: 'failed'; message: string }
  >({
    kind: 'idle',
  });
  async function download() {
    setState({ kind: 'busy' });
    try {
      await postForDownload('/api/portability-transfers/download', { token }, 'baken-gegevens.zip');
      setState({ kind: 'done' });
    } catch (error) {
      setState({ kind: 'failed', message: problemText(error) });
    }
  }
  return (
    <div className="container page narrow">
      <PageTitle>{t('transfer.page.title')}</PageTitle>
      {!token ? (
        <Notice tone="error">
          <p>{t('transfer.page.incomplete')}</p>
        </Notice>
      ) : (
        <>
          <p className="page__intro">{t('transfer.page.intro')}</p>
          {state.kind === 'done' ? (
            <Notice tone="success" focus>
              <p>{t('transfer.page.done')}</p>
            </Notice>
          ) : (
            <button
              type="button"
              className="button button--primary"
              disabled={state.kind === 'busy'}
              aria-busy={state.kind === 'busy'}
              onClick={() => void download()}
            >
              {t('transfer.page.download')}
            </button>
          )}
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
