/** Options for one kind of job: how often and how patiently it is retried. */
export interface JobOptions {
  retryLimit?: number;
  /** Seconds before the first retry; doubled each time when `retryBackoff` is on. */
  retryDelay?: number;
  retryBackoff?: boolean;
  /** pg-boss's singleton key; it de-duplicates only on queues created with a singleton policy. */
  singletonKey?: string;
}

export type JobHandler<T> = (
  data: T,
  job: { id: string; retryCount: number; retryLimit: number },
) => Promise<void>;

/**
 * The platform's background work (mail, alert delivery, purges, reminders). pg-boss is the one
 * implementation; the interface keeps handlers and use cases free of it.
 */
export interface JobQueue {
  /** Enqueues in the given transaction when one is passed, so the job exists only if the change commits. */
  send<T extends object>(
    name: string,
    data: T,
    options?: JobOptions,
    executor?: SqlExecutor,
  ): Promise<string | null>;
  /** Registers the handler for a job name; only processes with the worker role call this. */
  work<T extends object>(
    name: string,
    handler: JobHandler<T>,
    options?: { concurrency?: number },
  ): Promise<void>;
  /** Runs a job name on a cron schedule; only processes with the cron role call this. */
  schedule(name: string, cron: string, data?: object): Promise<void>;
  stop(): Promise<void>;
}

/** Anything that runs raw SQL: the database handle, or the current transaction. */
export interface SqlExecutor {
  executeSql(text: string, values?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
}
