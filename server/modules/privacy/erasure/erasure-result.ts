import type { BilingualText } from '../../../../common/privacy/browser-storage.js';
import type { ErasureException } from '../personal-data/rules.js';

/** One column the erasure changed, and in how many rows. */
export interface ErasureChange {
  table: string;
  column: string;
  action: 'deleted' | 'nulled' | 'removed-from-list' | 'pseudonymised';
  rows: number;
}

/** A value kept after the erasure, with its legal ground (art. 17(3)) and until when (art. 17(3), P17). */
export interface KeptValue {
  table: string;
  column: string;
  exception: ErasureException;
  article: string;
  reason: BilingualText;
  rows: number;
  /** When the retention rule removes the last of these rows; null when no rule dates it. */
  endsAt: string | null;
}

/** Free text that may name the person and that a handler must read; nothing was changed in it. */
export interface ReviewItem {
  table: string;
  column: string;
  rows: number;
}

/** Where the scan after the erasure still found one of the person's identifiers. */
export interface ScanHit {
  schema: string;
  table: string;
  column: string;
  rows: number;
  /** The stated exception that keeps it, 'review' for text a handler reads, null when nothing explains it. */
  coveredBy: ErasureException | 'review' | null;
}

/** What the scan searched and found: counts and names of tables and columns, never the values. */
export interface ScanResult {
  /** The kinds of identifier searched for (the values themselves are not kept). */
  identifiers: ('id' | 'email' | 'name' | 'phone')[];
  tables: number;
  columns: number;
  hits: ScanHit[];
}

/** A legal hold that keeps the person's data, as the answer states it (art. 17(3)). */
export interface HoldNotice {
  ground: string;
  article: string;
  groundText: BilingualText;
  /** The hold's own reason, in the words of whoever placed it. */
  reason: string;
  until: string;
  onIncident: boolean;
}

/** Why an erasure waits, stated to the person, with its legal ground. */
export interface Postponement {
  article: string;
  reason: BilingualText;
  openIncidents: number;
  /** Legal holds in force over the person's data; empty when only open incidents make it wait. */
  holds: HoldNotice[];
}

export interface ErasureResult {
  outcome: 'erased' | 'postponed';
  /** True only when every hit of the scan is covered by a stated exception. */
  complete: boolean;
  userId: string;
  /** The account that now stands for the person in the crisis record. */
  pseudonymId: string | null;
  changed: ErasureChange[];
  kept: KeptValue[];
  review: ReviewItem[];
  postponed: Postponement | null;
  scan: ScanResult | null;
}

/** Whether every identifier the scan found is kept by a stated exception. */
export const scanIsCovered = (scan: ScanResult) =>
  scan.hits.every((hit) => hit.coveredBy !== null && hit.coveredBy !== 'review');
