import type { Database } from '../../db/database.js';
import type { Clock } from '../alerts/alert-clock.js';

/** What the website chat's use cases need: the database and a clock tests can move. */
export interface SiteChatContext {
  db: Database;
  clock: Clock;
}
