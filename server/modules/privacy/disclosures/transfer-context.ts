import type { Database } from '../../../db/database.js';
import type { JobQueue } from '../../../jobs/job-queue.js';
import type { Clock } from '../../alerts/alert-clock.js';
import type { ProcessorEntry } from '../processor-entries.js';

/** What sending and downloading a transfer need; tests pass a fixed clock. */
export interface TransferContext {
  db: Database;
  jobs: JobQueue;
  /** Links in e-mail are built from it, never from the Host header. */
  publicUrl: string;
  clock: Clock;
  processors: readonly ProcessorEntry[];
  graceDays: number;
}

/** How long the recipient's link works: long enough to notice the mail, short enough to not linger. */
export const TRANSFER_LINK_DAYS = 7;
