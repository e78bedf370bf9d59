import type { Database } from '../../../db/database.js';
import type { JobQueue } from '../../../jobs/job-queue.js';
import type { Clock } from '../../alerts/alert-clock.js';

/** What the breach register's use cases need beyond their input; tests pass a clock they move. */
export interface BreachContext {
  db: Database;
  jobs: JobQueue;
  /** Links in e-mail are built from it, never from the Host header. */
  publicUrl: string;
  clock: Clock;
}
