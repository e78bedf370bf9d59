import i18next from 'i18next';

/** One field the server refused, by its path in the request body (`quietHours.from`). */
export interface FieldProblem {
  path: string;
  message: string;
}

/** A failed request: the server's stable code and its translated message, or our own for network trouble. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: FieldProblem[];
  readonly retryAfterSeconds: number | undefined;

  constructor(
    status: number,
    code: string,
    message: string,
    options: { fields?: FieldProblem[]; retryAfterSeconds?: number } = {},
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fields = options.fields ?? [];
    this.retryAfterSeconds = options.retryAfterSeconds;
  }
}

/** What to tell the person about a failed request: the server's own message, or "something went wrong". */
export function problemText(error: unknown): string {
  return error instanceof ApiError ? error.message : i18next.t('errors.unexpected');
}

/** Codes this client makes up itself, for failures that never reached the server's error layer. */
export const CLIENT_ERROR_CODES = { network: 'network_error', unexpected: 'unexpected_response' } as const;

type ErrorListener = (error: ApiError) => void;
const errorListeners = new Set<ErrorListener>();

/** Hears every failed request, so the session can react to `unauthenticated` wherever it happens. */
export function onApiError(listener: ErrorListener): () => void {
  errorListeners.add(listener);
  return () => errorListeners.delete(listener);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function readFields(value: unknown): FieldProblem[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) =>
    isRecord(item) && typeof item.path === 'string' && typeof item.message === 'string'
      ? [{ path: item.path, message: item.message }]
      : [],
  );
}

function toApiError(response: Response, body: unknown): ApiError {
  const error = isRecord(body) && isRecord(body.error) ? body.error : undefined;
  const retryAfter = Number(response.headers.get('retry-after'));
  const retryAfterSeconds = Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined;
  if (error && typeof error.code === 'string' && typeof error.message === 'string') {
    return new ApiError(response.status, error.code, error.message, {
      fields: readFields(error.fields),
      retryAfterSeconds,
    });
  }
  return new ApiError(response.status, CLIENT_ERROR_CODES.unexpected, i18next.t('errors.unexpected'), {
    retryAfterSeconds,
  });
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * Calls the Baken API in the interface language. Resolves with the parsed JSON (undefined for an
 * empty answer such as 204); rejects with an ApiError. The session cookie goes along by itself.
 */
export async function apiRequest<T>(
  method: Method,
  path: string,
  options: { body?: unknown; signal?: AbortSignal; headers?: Record<string, string> } = {},
): Promise<T> {
  const headers: Record<string, string> = {
    ...options.headers,
    Accept: 'application/json',
    'Accept-Language': i18next.resolvedLanguage ?? i18next.language,
  };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      cache: 'no-store',
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (cause) {
    if (options.signal?.aborted) throw cause;
    const error = new ApiError(0, CLIENT_ERROR_CODES.network, i18next.t('errors.network'));
    for (const listener of errorListeners) listener(error);
    throw error;
  }
  const text = await response.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  if (!response.ok) {
    const error = toApiError(response, body);
    for (const listener of errorListeners) listener(error);
    throw error;
  }
  // The caller names the shape the API documents; the server validates its own answers.
  return body as T;
}
