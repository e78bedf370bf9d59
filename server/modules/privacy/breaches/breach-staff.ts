import type { AuditAction } from '../../../../common/audit-actions.js';
import type { Database, Transaction } from '../../../db/database.js';
import type { Actor } from '../../../policies/actor.js';
import { canManageBreaches } from '../../../policies/data-breaches.js';
import { recordAudit } from '../../audit/record-audit.js';
import { forbidden } from '../../domain-error.js';
import { operatorRoleOf } from '../../operator/find-operator-role.js';

/** Refuses (403) anyone but the operator's privacy staff, before anything is looked up. */
export async function requireBreachStaff(db: Database, actor: Actor): Promise<void> {
  if (!canManageBreaches(await operatorRoleOf(db, actor.userId))) throw forbidden();
}

/** One audit entry for a change to the register, in the change's transaction, in the operator's log. */
export function auditBreach(
  tx: Transaction,
  actor: Actor,
  action: AuditAction,
  breachId: string,
  ipAddress: string,
  details: Record<string, unknown> = {},
): Promise<void> {
  return recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action,
    targetType: 'data_breach',
    targetId: breachId,
    ipAddress,
    details,
  });
}
