import { apiRequest } from './api-client';
import type { LanguageSetting, Role, UserSummary } from './api-types';

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
