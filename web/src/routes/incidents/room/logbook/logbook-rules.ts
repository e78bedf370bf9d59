import type { LogbookEntry } from '../../../../api/logbook-api';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** The entry in a `logbook.entry_added` / `logbook.entry_corrected` payload (`{ entry }`). */
export function entryFrom(payload: unknown): LogbookEntry | undefined {
  if (!isRecord(payload) || !isRecord(payload.entry)) return undefined;
  const entry = payload.entry;
  if (
    typeof entry.id !== 'string' ||
    typeof entry.sequence !== 'number' ||
    typeof entry.revision !== 'number'
  ) {
    return undefined;
  }
  // The server sends the same shape its GET answers with (the shared contract).
  return entry as unknown as LogbookEntry;
}

/**
 * Puts an entry in its place by sequence; a correction replaces the entry it corrects, and an
 * older revision arriving late (the answer to our own request after the live event) changes nothing.
 */
export function upsertEntry(entries: ReadonlyMap<number, LogbookEntry>, entry: LogbookEntry) {
  const known = entries.get(entry.sequence);
  if (known && known.revision > entry.revision) return entries;
  const next = new Map(entries);
  next.set(entry.sequence, entry);
  return next;
}

export type LogbookOrder = 'newest' | 'oldest';

export interface LogbookFilter {
  classificationId: string;
  labelId: string;
  authorId: string;
  decisionsOnly: boolean;
  /** `datetime-local` values in this device's time ('' for no bound). */
  from: string;
  until: string;
}

export const NO_FILTER: LogbookFilter = {
  classificationId: '',
  labelId: '',
  authorId: '',
  decisionsOnly: false,
  from: '',
  until: '',
};

export function activeFilterCount(filter: LogbookFilter): number {
  return [
    filter.classificationId,
    filter.labelId,
    filter.authorId,
    filter.decisionsOnly,
    filter.from,
    filter.until,
  ].filter(Boolean).length;
}

/** Milliseconds of a `datetime-local` value, or undefined when empty or not a time. */
export function localTime(value: string): number | undefined {
  if (!value) return undefined;
  const time = new Date(value).getTime();
  return Number.isNaN(time) ? undefined : time;
}

/** Whether an entry passes the filter; the bounds are about when it happened, the author is the current one. */
export function matchesFilter(entry: LogbookEntry, filter: LogbookFilter): boolean {
  if (filter.classificationId && entry.classification?.id !== filter.classificationId) return false;
  if (filter.labelId && !entry.labels.some((label) => label.id === filter.labelId)) return false;
  if (filter.authorId && entry.author?.id !== filter.authorId) return false;
  if (filter.decisionsOnly && !entry.isDecision) return false;
  const occurred = new Date(entry.occurredAt).getTime();
  const from = localTime(filter.from);
  const until = localTime(filter.until);
  if (from !== undefined && occurred < from) return false;
  // "Tot 14:30" includes the whole minute 14:30.
  if (until !== undefined && occurred >= until + 60_000) return false;
  return true;
}

/** The entries in the order chosen: by when they happened, then by their number. */
export function sortEntries(entries: Iterable<LogbookEntry>, order: LogbookOrder): LogbookEntry[] {
  const sorted = [...entries].sort(
    (a, b) => a.occurredAt.localeCompare(b.occurredAt) || a.sequence - b.sequence,
  );
  return order === 'newest' ? sorted.reverse() : sorted;
}

/** "12 kB", "1,4 MB" in the interface language. */
export function formatBytes(bytes: number, language: string | undefined): string {
  const format = (value: number) =>
    new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(value);
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${format(bytes / 1024)} kB`;
  return `${format(bytes / (1024 * 1024))} MB`;
}
