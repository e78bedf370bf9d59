import type { Config } from '../config/config.js';
import type { DatabaseHandle } from '../db/database.js';
import type { EventHub } from '../events/event-hub.js';
import type { Language } from '../i18n/language.js';
import type { JobQueue } from '../jobs/job-queue.js';
import type { Clock } from '../modules/alerts/alert-clock.js';
import type { Actor } from '../policies/actor.js';
import type { ApiKeyActor } from '../policies/api-key-actor.js';
import type { Logger } from './logger.js';

/** What the HTTP layer needs from the rest of the process; built once in main.ts. */
export interface AppDependencies {
  config: Config;
  database: DatabaseHandle;
  hub: EventHub;
  jobs: JobQueue;
  logger: Logger;
  version: string;
  /** The address people use (PUBLIC_URL); links in e-mails are built from it, never from the Host header. */
  publicUrl: string;
  /** The platform secret (config/secret-key.ts): encrypts second-factor secrets, signs short-lived tokens. */
  secretKey: Buffer;
  /** Where the built web app lives; undefined serves no web app (API-only tests). */
  webRoot?: string;
  /** Where alerting reads the time; tests pass a clock they move (default: the system clock). */
  clock?: Clock;
  /** True once shutdown began: readiness fails so load balancers stop sending traffic. */
  isShuttingDown(): boolean;
}

/** Per-request values set by middleware; read with `c.get(...)`. */
export interface AppVariables {
  requestId: string;
  language: Language;
  clientIp: string;
  actor: Actor | undefined;
  /** Set when the request carries a valid `Authorization: Bearer bkn_…` key. */
  apiKey: ApiKeyActor | undefined;
}

export type AppEnv = { Variables: AppVariables };
