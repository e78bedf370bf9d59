import { apiRequest } from './api-client';
import type { OperatorOrganisation, OutboxMessage } from './api-types';

/** Operator staff only; everyone else gets 403 (which is how the app finds out who is staff). */
export function listCustomerOrganisations(signal?: AbortSignal) {
  return apiRequest<OperatorOrganisation[]>('GET', '/api/operator/organisations', { signal });
}

/** Platform admins only. */
export function restoreCustomerOrganisation(id: string) {
  return apiRequest<undefined>('POST', `/api/operator/organisations/${encodeURIComponent(id)}/restore`);
}

export function listPlatformMail(signal?: AbortSignal) {
  return apiRequest<OutboxMessage[]>('GET', '/api/operator/mail?limit=100', { signal });
}

export interface PromiseAnnotation {
  promise: string;
  kind: 'code' | 'test';
  file: string;
  note: string;
}

/** A promise of the privacy statement with where it is kept (code) and proven (tests). */
export interface PromiseEntry {
  id: string;
  text: { nl: string; en: string };
  status: 'kept' | 'unproven' | 'open';
  code: PromiseAnnotation[];
  tests: PromiseAnnotation[];
}

export function listPromises(signal?: AbortSignal) {
  return apiRequest<PromiseEntry[]>('GET', '/api/operator/promises', { signal });
}
