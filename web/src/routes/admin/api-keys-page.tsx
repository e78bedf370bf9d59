import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemText } from '../../api/api-client';
import { listApiKeys, revokeApiKey } from '../../api/api-keys-api';
import { API_KEY_SCOPE_LABELS, type ApiKey, type CreatedApiKey } from '../../api/api-types';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { CopyButton } from '../../ui/copy-button';
import { useFormatDateTime } from '../../ui/format';
import { Notice, StatusMessage } from '../../ui/notice';
import { PageTitle } from '../../ui/page-title';
import { CreateApiKeyForm } from './create-api-key-form';
import './admin-pages.css';

/** Keys for integrations (a fire alarm panel that starts an incident): create, show once, revoke. */
export function ApiKeysPage() {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const [keys, setKeys] = useState<ApiKey[]>();
  const [problem, setProblem] = useState<string>();
  const [created, setCreated] = useState<CreatedApiKey>();
  const [revoking, setRevoking] = useState<ApiKey>();
  const [pending, setPending] = useState(false);
  const [status, setStatus] = useState<string>();

  const load = useCallback(async (signal?: AbortSignal) => {
    try {
      setKeys(await listApiKeys(signal));
      setProblem(undefined);
    } catch (error) {
      if (signal?.aborted) return;
      setProblem(problemText(error));
    }
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    void load(controller.signal);
    return () => controller.abort();
  }, [load]);

  async function revoke() {
    if (!revoking) return;
    setPending(true);
    try {
      await revokeApiKey(revoking.id);
      setStatus(t('apiKeys.revoked', { name: revoking.name }));
      await load();
    } catch (error) {
      setProblem(problemText(error));
    } finally {
      setPending(false);
      setRevoking(undefined);
    }
  }

  return (
    <div className="container page narrow">
      <PageTitle>{t('apiKeys.title')}</PageTitle>
      <p className="page__intro">{t('apiKeys.intro')}</p>

      {created ? (
        <Notice tone="warning" title={t('apiKeys.createdTitle', { name: created.name })} focus>
          <p>{t('apiKeys.createdText')}</p>
          <div className="field">
            <label htmlFor="created-api-key" className="field__label">
              {t('apiKeys.key')}
            </label>
            <input
              id="created-api-key"
              className="field__input field__input--secret"
              readOnly
              value={created.key}
              spellCheck={false}
              onFocus={(event) => event.target.select()}
            />
          </div>
          <div className="form__actions">
            <CopyButton text={created.key} label={t('apiKeys.copy')} />
            <button
              type="button"
              className="button button--primary button--small"
              onClick={() => setCreated(undefined)}
            >
              {t('apiKeys.kept')}
            </button>
          </div>
        </Notice>
      ) : (
        <CreateApiKeyForm
          onCreated={(key) => {
            setStatus(undefined);
            setCreated(key);
            void load();
          }}
        />
      )}

      <section className="page-section" aria-labelledby="api-keys-list">
        <h2 id="api-keys-list">{t('apiKeys.listTitle')}</h2>
        <StatusMessage message={status} />
        {problem ? (
          <Notice tone="error">
            <p>{problem}</p>
          </Notice>
        ) : null}
        {keys && keys.length === 0 ? <p>{t('apiKeys.none')}</p> : null}
        {!keys && !problem ? <p className="loading">{t('access.loading')}</p> : null}
        {keys && keys.length > 0 ? (
          <ul className="card-list">
            {keys.map((key) => (
              <li
                key={key.id}
                className={key.revokedAt ? 'card card--muted' : 'card'}
                aria-labelledby={`key-${key.id}`}
              >
                <div className="card__header">
                  <h3 id={`key-${key.id}`} className="card__title">
                    {key.name}
                  </h3>
                  {key.revokedAt ? (
                    <span className="badge badge--bad">{t('apiKeys.revokedBadge')}</span>
                  ) : null}
                </div>
                <dl className="facts">
                  <div>
                    <dt>{t('apiKeys.prefix')}</dt>
                    <dd>
                      <code>bkn_{key.prefix}…</code>
                    </dd>
                  </div>
                  <div>
                    <dt>{t('apiKeys.scopes')}</dt>
                    <dd>
                      {key.scopes
                        .map((scope) => t(`apiKeys.scope.${API_KEY_SCOPE_LABELS[scope]}`))
                        .join(', ')}
                    </dd>
                  </div>
                  <div>
                    <dt>{t('apiKeys.createdAt')}</dt>
                    <dd>
                      {formatDateTime(key.createdAt)}
                      {key.createdByName ? ` · ${key.createdByName}` : ''}
                    </dd>
                  </div>
                  <div>
                    <dt>{t('apiKeys.lastUsed')}</dt>
                    <dd>{key.lastUsedAt ? formatDateTime(key.lastUsedAt) : t('apiKeys.neverUsed')}</dd>
                  </div>
                  {key.revokedAt ? (
                    <div>
                      <dt>{t('apiKeys.revokedAt')}</dt>
                      <dd>{formatDateTime(key.revokedAt)}</dd>
                    </div>
                  ) : null}
                </dl>
                {key.revokedAt ? null : (
                  <div className="card__actions">
                    <button
                      type="button"
                      className="button button--small button--danger-quiet"
                      onClick={() => {
                        setStatus(undefined);
                        setRevoking(key);
                      }}
                    >
                      {t('apiKeys.revoke')}
                      <span className="visually-hidden"> {key.name}</span>
                    </button>
                  </div>
                )}
              </li>
            ))}
          </ul>
        ) : null}
      </section>

      <ConfirmDialog
        open={revoking !== undefined}
        title={t('apiKeys.confirmTitle', { name: revoking?.name ?? '' })}
        confirmLabel={t('apiKeys.revoke')}
        pending={pending}
        onConfirm={() => void revoke()}
        onCancel={() => setRevoking(undefined)}
      >
        <p>{t('apiKeys.confirmText')}</p>
      </ConfirmDialog>
    </div>
  );
}
