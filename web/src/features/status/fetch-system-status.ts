/** What /healthz and /readyz told us, in the terms the status page shows. */
export interface SystemStatus {
  server: 'reachable' | 'unreachable';
  /** `ready`: the database answered; `not-ready`: it did not, or the server is shutting down. */
  readiness: 'ready' | 'not-ready' | 'unknown';
  database?: 'pglite' | 'postgres';
  version?: string;
  checkedAt: Date;
}

interface SystemResponse {
  status?: unknown;
  database?: unknown;
  version?: unknown;
}

async function getJson(path: string, signal: AbortSignal): Promise<{ ok: boolean; body: SystemResponse }> {
  const response = await fetch(path, { cache: 'no-store', headers: { accept: 'application/json' }, signal });
  const body: unknown = await response.json().catch(() => ({}));
  return { ok: response.ok, body: typeof body === 'object' && body !== null ? body : {} };
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** Asks the server whether it lives (/healthz) and can serve requests (/readyz). Never throws on network errors. */
export async function fetchSystemStatus(signal: AbortSignal): Promise<SystemStatus> {
  const checkedAt = new Date();
  let health: Awaited<ReturnType<typeof getJson>>;
  try {
    health = await getJson('/healthz', signal);
  } catch (error) {
    if (signal.aborted) throw error;
    return { server: 'unreachable', readiness: 'unknown', checkedAt };
  }
  if (!health.ok) return { server: 'unreachable', readiness: 'unknown', checkedAt };
  const version = text(health.body.version);
  try {
    const ready = await getJson('/readyz', signal);
    const database = ready.body.database;
    return {
      server: 'reachable',
      readiness: ready.ok && ready.body.status === 'ready' ? 'ready' : 'not-ready',
      database: database === 'pglite' || database === 'postgres' ? database : undefined,
      version: text(ready.body.version) ?? version,
      checkedAt,
    };
  } catch (error) {
    if (signal.aborted) throw error;
    return { server: 'reachable', readiness: 'unknown', version, checkedAt };
  }
}
