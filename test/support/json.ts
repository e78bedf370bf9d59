import type { ErrorBody } from '../../server/http/error-response.js';

/** The parsed JSON body, typed by the caller (tests assert the shape anyway). */
export async function readJson<T = Record<string, unknown>>(response: Response): Promise<T> {
  return (await response.json()) as T;
}

/** The `error` object of an error answer. */
export async function errorOf(response: Response): Promise<ErrorBody['error']> {
  return (await readJson<ErrorBody>(response)).error;
}
