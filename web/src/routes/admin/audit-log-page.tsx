import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemText } from '../../api/api-client';
import {
  AUDIT_ACTIONS,
  type AuditAction,
  type AuditEntry,
  type AuditLogPage as Page,
} from '../../api/api-types';
import { listAuditLog } from '../../api/audit-log-api';
import { SelectField } from '../../ui/form/select-field';
import { Notice } from '../../ui/notice';
import { PageTitle } from '../../ui/page-title';
import { AuditTable } from './audit-table';
import './admin-pages.css';

function isAuditAction(value: string): value is AuditAction {
  return AUDIT_ACTIONS.some((action) => action === value);
}

/** What happened in the organisation, newest first, fifty at a time. */
export function AuditLogPage() {
  const { t } = useTranslation();
  const [action, setAction] = useState<AuditAction | ''>('');
  const [entries, setEntries] = useState<AuditEntry[]>();
  const [nextPage, setNextPage] = useState<Page['nextPage']>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [firstNew, setFirstNew] = useState<string>();
  const [status, setStatus] = useState<string>();
  const filter = useRef(action);
  filter.current = action;

  const loadFirst = useCallback(
    async (signal: AbortSignal) => {
      setEntries(undefined);
      setProblem(undefined);
      try {
        const page = await listAuditLog({ action: action || undefined }, signal);
        setEntries(page.entries);
        setNextPage(page.nextPage);
      } catch (error) {
        if (signal.aborted) return;
        setProblem(problemText(error));
      }
    },
    [action],
  );

  useEffect(() => {
    const controller = new AbortController();
    void loadFirst(controller.signal);
    return () => controller.abort();
  }, [loadFirst]);

  async function loadMore() {
    if (!nextPage || loadingMore) return;
    const forAction = filter.current;
    setLoadingMore(true);
    try {
      const page = await listAuditLog({ action: forAction || undefined, ...nextPage });
      if (filter.current !== forAction) return;
      setEntries((current) => [...(current ?? []), ...page.entries]);
      setNextPage(page.nextPage);
      setFirstNew(page.entries[0]?.id);
      setStatus(t('auditLog.loaded', { count: page.entries.length }));
    } catch (error) {
      setProblem(problemText(error));
    } finally {
      setLoadingMore(false);
    }
  }

  return (
    <div className="container page">
      <PageTitle>{t('auditLog.title')}</PageTitle>
      <p className="page__intro">{t('auditLog.intro')}</p>
      <div className="filters">
        <SelectField
          id="audit-action"
          name="action"
          label={t('auditLog.filter')}
          value={action}
          options={[
            { value: '', label: t('auditLog.allActions') },
            ...AUDIT_ACTIONS.map((value) => ({ value, label: t(`auditLog.action.${value}`) })),
          ]}
          onValueChange={(value) => {
            setStatus(undefined);
            setFirstNew(undefined);
            setAction(isAuditAction(value) ? value : '');
          }}
        />
      </div>
      {problem ? (
        <Notice tone="error">
          <p>{problem}</p>
        </Notice>
      ) : null}
      <p role="status" className="result-count">
        {status ?? null}
      </p>
      {entries ? (
        entries.length === 0 ? (
          <p>{t('auditLog.none')}</p>
        ) : (
          <AuditTable entries={entries} focusEntry={firstNew} />
        )
      ) : problem ? null : (
        <p className="loading">{t('access.loading')}</p>
      )}
      {entries && nextPage ? (
        <div className="form__actions">
          <button
            type="button"
            className="button button--secondary"
            aria-busy={loadingMore || undefined}
            onClick={() => void loadMore()}
          >
            {loadingMore ? t('form.busy') : t('auditLog.more')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
