import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Incident } from '../../../api/incidents-api';
import { Notice } from '../../../ui/notice';
import { LogbookEntryForm } from './logbook/logbook-entry-form';
import { LogbookEntryItem } from './logbook/logbook-entry-item';
import { LogbookFilters } from './logbook/logbook-filters';
import {
  type LogbookFilter,
  type LogbookOrder,
  matchesFilter,
  NO_FILTER,
  sortEntries,
} from './logbook/logbook-rules';
import { useLogbook } from './logbook/use-logbook';
import { useLogbookSetup } from './logbook/use-logbook-setup';
import './logbook/logbook.css';

// Long logbooks are shown in pieces, so a phone stays quick.
const PAGE_SIZE = 50;
const ORDERS: readonly LogbookOrder[] = ['newest', 'oldest'];

/** The incident's logbook: quick entry on top, then the entries, live, with filters and corrections. */
export function LogbookPanel({ incident }: { incident: Incident }) {
  const { t } = useTranslation();
  const { entries, loaded, problem, apply, reload } = useLogbook(incident.id);
  const { classifications, labels } = useLogbookSetup();
  const [order, setOrder] = useState<LogbookOrder>('newest');
  const [filter, setFilter] = useState<LogbookFilter>(NO_FILTER);
  const [shown, setShown] = useState(PAGE_SIZE);
  const canWrite = incident.permissions.canWrite && incident.status === 'active';

  const visible = useMemo(
    () =>
      sortEntries(
        [...entries.values()].filter((entry) => matchesFilter(entry, filter)),
        order,
      ),
    [entries, filter, order],
  );
  const authors = useMemo(() => {
    const byId = new Map<string, string>();
    for (const entry of entries.values()) if (entry.author) byId.set(entry.author.id, entry.author.name);
    return [...byId].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
  }, [entries]);

  return (
    <section className="room-panel logbook" aria-labelledby="logbook-title">
      <div className="room-panel__header">
        <h2 id="logbook-title" tabIndex={-1}>
          {t('incidentLogbook.title')}
        </h2>
      </div>
      {canWrite ? (
        <LogbookEntryForm
          incidentId={incident.id}
          classifications={classifications}
          labels={labels}
          onAdded={apply}
        />
      ) : (
        <p className="room-panel__note">{t('incidentLogbook.readOnly')}</p>
      )}

      <div className="logbook-tools">
        <fieldset className="segmented">
          <legend className="segmented__legend">{t('incidentLogbook.order.label')}</legend>
          <div className="segmented__options">
            {ORDERS.map((value) => (
              <div key={value} className="segmented__option">
                <input
                  id={`logbook-order-${value}`}
                  type="radio"
                  name="logbook-order"
                  checked={order === value}
                  onChange={() => setOrder(value)}
                />
                <label htmlFor={`logbook-order-${value}`}>{t(`incidentLogbook.order.${value}`)}</label>
              </div>
            ))}
          </div>
        </fieldset>
        <LogbookFilters
          filter={filter}
          classifications={classifications}
          labels={labels}
          authors={authors}
          onChange={(next) => {
            setFilter(next);
            setShown(PAGE_SIZE);
          }}
        />
      </div>

      {problem ? (
        <Notice tone="error">
          <p>{problem}</p>
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => void reload()}
          >
            {t('incidentRoom.retry')}
          </button>
        </Notice>
      ) : null}
      <p className="result-count" role="status">
        {loaded
          ? visible.length === entries.size
            ? t('incidentLogbook.count', { count: entries.size })
            : t('incidentLogbook.countFiltered', { count: visible.length, total: entries.size })
          : null}
      </p>
      {!loaded && !problem ? <p className="loading">{t('access.loading')}</p> : null}
      {loaded && entries.size === 0 ? <p>{t('incidentLogbook.empty')}</p> : null}
      {visible.length > 0 ? (
        <ol className="logbook-list">
          {visible.slice(0, shown).map((entry) => (
            <LogbookEntryItem
              key={entry.sequence}
              incidentId={incident.id}
              entry={entry}
              canCorrect={canWrite}
              classifications={classifications}
              onCorrected={apply}
            />
          ))}
        </ol>
      ) : null}
      {visible.length > shown ? (
        <div className="form__actions">
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setShown(shown + PAGE_SIZE)}
          >
            {t('incidentLogbook.more', { count: Math.min(PAGE_SIZE, visible.length - shown) })}
          </button>
        </div>
      ) : null}
    </section>
  );
}
