import type { AuditAction, AuditTargetType } from '../../../common/audit-actions.js';
import type { Database, Transaction } from '../../db/database.js';
import { uuidv7 } from '../../db/ids.js';
import { auditLog } from '../../db/schema/audit-log.js';

export interface AuditEntry {
  organisationId: string | null;
  actorUserId: string | null;
  action: AuditAction;
  /** One of AUDIT_TARGET_TYPES, so the audit log can label it. */
  targetType?: AuditTargetType;
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
