import i18next from 'i18next';
import { ApiError, apiRequest } from '../../api/api-client';

export const RIGHTS = [
  'access',
  'rectification',
  'erasure',
  'restriction',
  'objection',
  'portability',
] as const;
export type Right = (typeof RIGHTS)[number];
export type RequestStatus = 'awaiting_identity' | 'open' | 'extended' | 'answered' | 'rejected' | 'withdrawn';
export type IdentityMethod = 'account-password' | 'email-code' | 'id-document';

/** A request as the API documents it (PrivacyRequest in the OpenAPI document). */
export interface PrivacyRequest {
  id: string;
  right: Right;
  status: RequestStatus;
  about: 'organisation' | 'platform';
  viaAccount: boolean;
  requesterName: string;
  requesterEmail: string;
  description: string;
  receivedAt: string;
  dueAt: string;
  currentDueAt: string;
  overdue: boolean;
  extendedUntil: string | null;
  extensionReason: string | null;
  identityMethod: IdentityMethod | null;
  idCopyReason: string | null;
  answer: string | null;
  closedAt: string | null;
}

export interface PrivacyRequestDetail extends PrivacyRequest {
  handles: boolean;
  idCopyWaiting: boolean;
  events: { kind: string; at: string; byYou: boolean; details: Record<string, unknown> }[];
}

export const listOwnRequests = () => apiRequest<PrivacyRequest[]>('GET', '/api/privacy/requests');
export const fileOwnRequest = (body: {
  right: Right;
  description: string;
  about: 'organisation' | 'platform';
  password: string;
}) => apiRequest<PrivacyRequest>('POST', '/api/privacy/requests', { body });
export const filePublicRequest = (body: { name: string; email: string; right: Right; description: string }) =>
  apiRequest<void>('POST', '/api/privacy/requests/public', { body });
export const confirmPublicRequest = (token: string) =>
  apiRequest<{ id: string; right: Right; dueAt: string }>('POST', '/api/privacy/requests/public/confirm', {
    body: { token },
  });
export const sendIdCopy = (body: { token: string; contentType: string; data: string }) =>
  apiRequest<void>('POST', '/api/privacy/requests/public/id-copy', { body });

export const listQueue = () => apiRequest<PrivacyRequest[]>('GET', '/api/privacy/request-queue');
export const readRequest = (id: string) =>
  apiRequest<PrivacyRequestDetail>('GET', `/api/privacy/requests/${id}`);
export const askIdCopy = (id: string, reason: string) =>
  apiRequest<void>('POST', `/api/privacy/requests/${id}/ask-id-copy`, { body: { reason } });
export const verifyIdentity = (id: string) =>
  apiRequest<void>('POST', `/api/privacy/requests/${id}/verify-identity`);
export const extendRequest = (id: string, reason: string, months: 1 | 2) =>
  apiRequest<void>('POST', `/api/privacy/requests/${id}/extend`, { body: { reason, months } });
export const answerRequest = (id: string, outcome: 'answered' | 'rejected', answer: string) =>
  apiRequest<void>('POST', `/api/privacy/requests/${id}/answer`, { body: { outcome, answer } });

/** Opens the ID copy in a new tab; the server audits every look. */
export async function openIdCopy(id: string): Promise<void> {
  const response = await fetch(`/api/privacy/requests/${id}/id-copy`, {
    credentials: 'same-origin',
    cache: 'no-store',
    headers: { 'Accept-Language': i18next.resolvedLanguage ?? 'nl' },
  });
  if (!response.ok) throw new ApiError(response.status, 'not_found', i18next.t('errors.unexpected'));
  const url = URL.createObjectURL(await response.blob());
  window.open(url, '_blank', 'noopener');
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A date as people read it, in the interface language. */
export function formatDate(iso: string): string {
  return new Intl.DateTimeFormat(i18next.resolvedLanguage === 'en' ? 'en-GB' : 'nl-NL', {
    dateStyle: 'long',
  }).format(new Date(iso));
}

/** The token after `#` in a link from an e-mail: never sent to a server with the page request. */
export function tokenFromHash(): string {
  return decodeURIComponent(window.location.hash.replace(/^#/, ''));
}
