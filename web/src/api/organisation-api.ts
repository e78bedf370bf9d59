import { apiRequest } from './api-client';
import type { Organisation, OutboxMessage, SupportGrant } from './api-types';

export function fetchOrganisation(signal?: AbortSignal) {
  return apiRequest<Organisation>('GET', '/api/organisation', { signal });
}

export function updateOrganisation(changes: { name?: string; requireSecondFactor?: boolean }) {
  return apiRequest<Organisation>('PATCH', '/api/organisation', { body: changes });
}

export function cancelOrganisation(password: string) {
  return apiRequest<undefined>('POST', '/api/organisation/cancel', { body: { password } });
}

export function listOrganisationMail(signal?: AbortSignal) {
  return apiRequest<OutboxMessage[]>('GET', '/api/organisation/mail?limit=50', { signal });
}

export function listSupportGrants(signal?: AbortSignal) {
  return apiRequest<SupportGrant[]>('GET', '/api/organisation/support-access', { signal });
}

export function grantSupportAccess(input: { hours: number; reason: string }) {
  return apiRequest<{ id: string; expiresAt: string }>('POST', '/api/organisation/support-access', {
    body: input,
  });
}

export function revokeSupportAccess(id: string) {
  return apiRequest<undefined>('DELETE', `/api/organisation/support-access/${encodeURIComponent(id)}`);
}
