import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemText } from '../../api/api-client';
import {
  fetchStatement,
  fetchStatementDiff,
  type PrivacyStatement,
  type StatementDiff,
} from '../../features/privacy/privacy-statement-api';
import { useFormatDate } from '../../features/privacy/use-format-date';
import { Link } from '../../router/link';
import { useSearchParam } from '../../router/router';
import { Notice } from '../../ui/notice';
import { PageTitle } from '../../ui/page-title';
import { StatementDiffView } from './statement-diff';
import { StatementSections } from './statement-sections';
import { VersionsTable } from './versions-table';
import '../admin/admin-pages.css';
import './privacy-page.css';

const positive = (value: string | undefined) => {
  const number = Number(value);
  return Number.isInteger(number) && number > 0 ? number : undefined;
};

/** Loads something again whenever its key (version, language) changes; the server's words on failure. */
function useFetched<T>(key: string | undefined, load: (signal: AbortSignal) => Promise<T>) {
  const [state, setState] = useState<{ key?: string; data?: T; problem?: string }>({});
  // The latest loader, without making a new one reload: the key says when there is something new.
  const loader = useRef(load);
  loader.current = load;
  useEffect(() => {
    if (key === undefined) return;
    const controller = new AbortController();
    loader.current(controller.signal).then(
      (data) => setState({ key, data }),
      (error: unknown) => controller.signal.aborted || setState({ key, problem: problemText(error) }),
    );
    return () => controller.abort();
  }, [key]);
  return state.key === key ? state : {};
}

/** The public privacy statement (P16, P20, P21): the current or an earlier version, and what changed. */
export function PrivacyPage() {
  const { t, i18n } = useTranslation();
  const formatDate = useFormatDate();
  const language = i18n.resolvedLanguage ?? 'nl';
  const version = positive(useSearchParam('version'));
  const from = positive(useSearchParam('from'));
  const to = positive(useSearchParam('to'));
  const comparing = from !== undefined && to !== undefined && from !== to;
  const statement = useFetched<PrivacyStatement>(`${version ?? 'current'}:${language}`, (signal) =>
    fetchStatement(version, signal),
  );
  const diff = useFetched<StatementDiff>(comparing ? `${from}-${to}:${language}` : undefined, (signal) =>
    fetchStatementDiff(from ?? 0, to ?? 0, signal),
  );
  const data = statement.data;

  return (
    <div className="container page privacy-statement">
      <PageTitle>{t('privacy.title')}</PageTitle>
      <p>
        <Link to="/privacy/request">{t('privacyRequests.public.link')}</Link>
      </p>
      {statement.problem ? (
        <Notice tone="error">
          <p>{statement.problem}</p>
        </Notice>
      ) : null}
      {data ? (
        <>
          <p className="privacy-statement__meta">
            <strong>{t('privacy.lastChanged')}:</strong>{' '}
            <time dateTime={data.publishedAt}>{formatDate(data.publishedAt)}</time> ·{' '}
            {t('privacy.version', { version: data.version })}
          </p>
          {data.version !== data.currentVersion ? (
            <Notice tone="info">
              <p>
                {t('privacy.olderVersion', { version: data.version, date: formatDate(data.publishedAt) })}{' '}
                <Link to="/privacy">{t('privacy.toCurrent')}</Link>
              </p>
            </Notice>
          ) : null}
          {comparing ? (
            <>
              {diff.problem ? (
                <Notice tone="error">
                  <p>{diff.problem}</p>
                </Notice>
              ) : null}
              {diff.data ? (
                <StatementDiffView diff={diff.data} />
              ) : diff.problem ? null : (
                <p role="status">{t('privacy.diffLoading')}</p>
              )}
              <p>
                <Link to="/privacy">{t('privacy.backToStatement')}</Link>
              </p>
            </>
          ) : (
            <StatementSections sections={data.sections} />
          )}
          <VersionsTable statement={data} />
        </>
      ) : statement.problem ? null : (
        <p role="status" className="loading">
          {t('privacy.loading')}
        </p>
      )}
    </div>
  );
}
