import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { AUDIT_ACTIONS, AUDIT_TARGET_TYPES, type AuditEntry } from '../../api/api-types';
import { useFormatDateTime } from '../../ui/format';

/** The entries as a table; on a phone each row becomes a small card (see admin-pages.css). */
export function AuditTable({ entries, focusEntry }: { entries: AuditEntry[]; focusEntry?: string }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const focusRow = useRef<HTMLTableCellElement>(null);

  // After "meer laden", continue reading at the first new entry.
  useEffect(() => {
    if (focusEntry) focusRow.current?.focus();
  }, [focusEntry]);

  const actionLabel = (action: string) => {
    const known = AUDIT_ACTIONS.find((value) => value === action);
    return known ? t(`auditLog.action.${known}`) : action;
  };
  const targetLabel = (entry: AuditEntry) => {
    if (!entry.targetType) return '';
    const known = AUDIT_TARGET_TYPES.find((value) => value === entry.targetType);
    const type = known ? t(`auditLog.target.${known}`) : entry.targetType;
    return entry.targetId ? `${type} ${entry.targetId.slice(0, 8)}` : type;
  };

  const columns = {
    time: t('auditLog.time'),
    action: t('auditLog.actionColumn'),
    actor: t('auditLog.actor'),
    ipAddress: t('auditLog.ipAddress'),
    target: t('auditLog.targetColumn'),
  };

  return (
    <table className="data-table">
      <caption className="visually-hidden">{t('auditLog.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{columns.time}</th>
          <th scope="col">{columns.action}</th>
          <th scope="col">{columns.actor}</th>
          <th scope="col">{columns.ipAddress}</th>
          <th scope="col">{columns.target}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.id}>
            <th
              scope="row"
              data-label={columns.time}
              ref={entry.id === focusEntry ? focusRow : undefined}
              tabIndex={entry.id === focusEntry ? -1 : undefined}
            >
              <div>
                <time dateTime={entry.createdAt}>{formatDateTime(entry.createdAt)}</time>
              </div>
            </th>
            <td data-label={columns.action}>
              <div>
                {actionLabel(entry.action)}
                {Object.keys(entry.details).length > 0 ? (
                  <span className="data-table__details">
                    {Object.entries(entry.details)
                      .map(
                        ([key, value]) =>
                          `${key}: ${typeof value === 'object' ? JSON.stringify(value) : String(value)}`,
                      )
                      .join(', ')}
                  </span>
                ) : null}
              </div>
            </td>
            <td data-label={columns.actor}>
              <div>{entry.actorName ?? t('auditLog.noActor')}</div>
            </td>
            <td data-label={columns.ipAddress}>
              <div>{entry.ipAddress ?? '–'}</div>
            </td>
            <td data-label={columns.target}>
              <div>{targetLabel(entry) || '–'}</div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
