import { apiRequest } from './api-client';
import type { AuditAction, AuditLogPage } from './api-types';

export const AUDIT_PAGE_SIZE = 50;

export function listAuditLog(
  query: { action?: AuditAction; before?: string; beforeId?: string },
  signal?: AbortSignal,
) {
  const params = new URLSearchParams({ limit: String(AUDIT_PAGE_SIZE) });
  if (query.action) params.set('action', query.action);
  if (query.before) params.set('before', query.before);
  if (query.beforeId) params.set('beforeId', query.beforeId);
  return apiRequest<AuditLogPage>('GET', `/api/audit-log?${params}`, { signal });
}
