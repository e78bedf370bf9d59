import type { MessageCode } from '../i18n/messages.js';

export type DomainErrorStatus = 400 | 401 | 403 | 404 | 409 | 410 | 413 | 415 | 422 | 429 | 503;

/**
 * What a use case throws when a request cannot be done. The HTTP layer turns it into the status
 * and the translated message for `code`; nothing else about the error reaches the client.
 */
export class DomainError extends Error {
  constructor(
    readonly code: MessageCode,
    readonly status: DomainErrorStatus,
    readonly details?: Record<string, unknown>,
  ) {
    super(code);
    this.name = 'DomainError';
  }
}

export const notFound = () => new DomainError('not_found', 404);
export const unauthenticated = () => new DomainError('unauthenticated', 401);
export const forbidden = () => new DomainError('forbidden', 403);
