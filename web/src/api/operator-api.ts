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
