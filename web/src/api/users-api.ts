import { apiRequest } from './api-client';
import type { ImportPreview, ImportResult, LanguageSetting, Role, UserSummary } from './api-types';

export function listUsers(search: string, signal?: AbortSignal) {
  const query = search.trim() ? `?${new URLSearchParams({ search: search.trim() })}` : '';
  return apiRequest<UserSummary[]>('GET', `/api/users${query}`, { signal });
}

export function inviteUser(input: {
  name: string;
  email: string;
  role: Role;
  phone?: string;
  jobTitle?: string;
  language: LanguageSetting;
}) {
  return apiRequest<{ id: string }>('POST', '/api/users', { body: input });
}

export function changeUser(id: string, changes: { role: Role } | { status: 'active' | 'deactivated' }) {
  return apiRequest<undefined>('PATCH', `/api/users/${encodeURIComponent(id)}`, { body: changes });
}

export function previewImport(csv: string) {
  return apiRequest<ImportPreview>('POST', '/api/users/import/preview', { body: { csv } });
}

/** Imports every row, or only the valid ones; with errors and not `onlyValidRows` nothing is imported. */
export function importUsers(csv: string, onlyValidRows: boolean) {
  return apiRequest<ImportResult>('POST', '/api/users/import', { body: { csv, onlyValidRows } });
}

export function cancelUser(id: string) {
  return apiRequest<undefined>('POST', `/api/users/${encodeURIComponent(id)}/cancel`);
}

export function restoreUser(id: string) {
  return apiRequest<undefined>('POST', `/api/users/${encodeURIComponent(id)}/restore`);
}

/** The four grounds of GDPR art. 18(1) on which processing is restricted. */
export type RestrictionGround =
  | 'accuracy-contested'
  | 'unlawful-but-kept'
  | 'legal-claim'
  | 'objection-pending';

export function restrictUser(id: string, ground: RestrictionGround) {
  return apiRequest<{ restrictedAt: string }>('POST', `/api/users/${encodeURIComponent(id)}/restriction`, {
    body: { ground },
  });
}

/** Lifts a restriction; the server e-mails the person in the same step. */
export function liftRestriction(id: string) {
  return apiRequest<undefined>('DELETE', `/api/users/${encodeURIComponent(id)}/restriction`);
}
