import type { Database, Transaction } from '../../db/database.js';
import { uuidv7 } from '../../db/ids.js';
import { auditLog } from '../../db/schema/audit-log.js';

/** The actions the audit log knows; a new sensitive action is added here first. */
export const AUDIT_ACTIONS = [
  'session.signed_in',
  'session.sign_in_failed',
  'session.sign_in_throttled',
  'session.signed_out',
  'session.ended',
  'user.invited',
  'user.imported',
  'user.role_changed',
  'user.deactivated',
  'user.reactivated',
  'user.cancelled',
  'api_key.created',
  'api_key.used',
  'api_key.revoked',
  'data.exported',
  'organisation.cancelled',
  'organisation.restored',
  'support_access.granted',
  'support_access.revoked',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditEntry {
  organisationId: string | null;
  actorUserId: string | null;
  action: AuditAction;
  targetType?: string;
  targetId?: string;
  ipAddress?: string;
  details?: Record<string, unknown>;
}

/** Appends one entry; pass the transaction of the change so the entry exists exactly when the change does. */
export async function recordAudit(db: Database | Transaction, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    id: uuidv7(),
    organisationId: entry.organisationId,
    actorUserId: entry.actorUserId,
    action: entry.action,
    targetType: entry.targetType ?? null,
    targetId: entry.targetId ?? null,
    ipAddress: entry.ipAddress ?? null,
    details: entry.details ?? {},
  });
}
