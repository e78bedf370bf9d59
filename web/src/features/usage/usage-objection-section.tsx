import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemText } from '../../api/api-client';
import { useLoaded } from '../../routes/admin/use-loaded';
import { useFormatDateTime } from '../../ui/format';
import { Notice } from '../../ui/notice';
import { changeUsageObjection, fetchUsageObjection, type UsageObjection } from './usage-api';
import './usage-objection.css';

/**
 * The objection switch on "Mijn gegevens" (P10, GDPR art. 21): one button that says exactly what
 * it does, effective at once; the state is said in words, not only by the button's label.
 */
export function UsageObjectionSection() {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const loaded = useLoaded(fetchUsageObjection);
  const [state, setState] = useState<UsageObjection>();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string>();
  const [problem, setProblem] = useState<string>();
  const current = state ?? loaded.data;

  async function change(objecting: boolean) {
    setBusy(true);
    setProblem(undefined);
    setDone(undefined);
    try {
      setState(await changeUsageObjection(objecting));
      setDone(t(objecting ? 'usageObjection.objected' : 'usageObjection.withdrawn'));
    } catch (error) {
      setProblem(problemText(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="page-section" aria-labelledby="my-data-usage-objection">
      <h2 id="my-data-usage-objection" tabIndex={-1}>
        {t('usageObjection.title')}
      </h2>
      <p>{t('usageObjection.intro')}</p>
      {loaded.problem || problem ? (
        <Notice tone="error">
          <p>{problem ?? loaded.problem}</p>
        </Notice>
      ) : null}
      {current ? (
        <>
          <p className="usage-objection__state">
            <strong>
              {current.objecting
                ? t('usageObjection.objecting', { since: formatDateTime(current.objectedAt ?? '') })
                : t('usageObjection.counted')}
            </strong>
          </p>
          <p id="usage-objection-hint">
            {t(current.objecting ? 'usageObjection.withdrawHint' : 'usageObjection.objectHint')}
          </p>
          <div className="form__actions">
            <button
              type="button"
              className={current.objecting ? 'button button--secondary' : 'button'}
              aria-describedby="usage-objection-hint"
              aria-busy={busy || undefined}
              disabled={busy}
              onClick={() => void change(!current.objecting)}
            >
              {busy
                ? t('form.busy')
                : t(current.objecting ? 'usageObjection.withdraw' : 'usageObjection.object')}
            </button>
          </div>
        </>
      ) : loaded.problem ? null : (
        <p className="loading">{t('access.loading')}</p>
      )}
      {/* Always there, so a screen reader hears the result when it appears. */}
      <p role="status" className="usage-objection__done">
        {done ?? null}
      </p>
    </section>
  );
}
