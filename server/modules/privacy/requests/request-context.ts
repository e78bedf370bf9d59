import type { Database } from '../../../db/database.js';
import type { JobQueue } from '../../../jobs/job-queue.js';
import type { Clock } from '../../alerts/alert-clock.js';

/** What the request use cases need beyond their input; tests pass a fixed clock. */
export interface PrivacyRequestContext {
  db: Database;
  jobs: JobQueue;
  secretKey: Buffer;
  /** Links in e-mail are built from it, never from the Host header. */
  publicUrl: string;
  clock: Clock;
}
