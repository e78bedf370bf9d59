import type { Database } from '../../db/database.js';
import { uuidv7 } from '../../db/ids.js';
import { supportGrants } from '../../db/schema/support-grants.js';
import { inTenant } from '../../db/tenant-transaction.js';
import type { Actor } from '../../policies/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { DomainError } from '../domain-error.js';

const HOUR_MS = 60 * 60 * 1000;

/** How long an organisation may open itself to operator support at once. */
export const SUPPORT_ACCESS_HOURS = { min: 1, max: 72 } as const;

export interface SupportAccessRequest {
  hours: number;
  reason: string;
  ipAddress: string;
}

/**
 * An organisation admin lets operator support look at the organisation's content for a few hours,
 * with a reason that is kept with the grant and in the audit log. The grant ends by itself.
 */
export async function grantSupportAccess(
  db: Database,
  actor: Actor,
  input: SupportAccessRequest,
  now = new Date(),
): Promise<{ id: string; expiresAt: Date }> {
  const { hours } = input;
  const reason = input.reason.trim();
  if (
    !Number.isInteger(hours) ||
    hours < SUPPORT_ACCESS_HOURS.min ||
    hours > SUPPORT_ACCESS_HOURS.max ||
    !reason
  ) {
    throw new DomainError('validation_failed', 400);
  }
  const grant = { id: uuidv7(), expiresAt: new Date(now.getTime() + hours * HOUR_MS) };
  await inTenant(db, actor.organisationId, async (tx) => {
    await tx.insert(supportGrants).values({
      ...grant,
      organisationId: actor.organisationId,
      grantedBy: actor.userId,
      reason,
      createdAt: now,
    });
    await recordAudit(tx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'support_access.granted',
      targetType: 'support_grant',
      targetId: grant.id,
      ipAddress: input.ipAddress,
      details: { hours, reason, expiresAt: grant.expiresAt.toISOString() },
    });
  });
  return grant;
}
