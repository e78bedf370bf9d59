import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../../../db/database.js';
import { uuidv7 } from '../../../db/ids.js';
import { incidents } from '../../../db/schema/incidents.js';
import { legalHolds } from '../../../db/schema/legal-holds.js';
import { users } from '../../../db/schema/users.js';
import type { Actor } from '../../../policies/actor.js';
import { canManageLegalHold, canReadAllLegalHolds } from '../../../policies/legal-holds.js';
import { recordAudit } from '../../audit/record-audit.js';
import { DomainError, forbidden } from '../../domain-error.js';
import { operatorRoleOf } from '../../operator/find-operator-role.js';
import type { LegalHoldGround } from './hold-grounds.js';

export interface PlaceLegalHoldInput {
  /** The person, by account id or e-mail address (operator staff do not see other organisations' ids). */
  userId?: string | undefined;
  userEmail?: string | undefined;
  incidentId?: string | undefined;
  ground: LegalHoldGround;
  reason: string;
  until: Date;
}

const unknownTarget = () => new DomainError('legal_hold_target_unknown', 400);

/**
 * Places a legal hold on a person and/or an incident (GDPR art. 17(3)): until it is lifted or its
 * date passes, erasure waits and the retention job keeps the records it covers. Runs as the
 * platform (the table refuses tenant writes); the organisation of the target decides who may.
 */
// @promise P17 a legal hold records its ground, reason and end date per person or incident
export async function placeLegalHold(
  db: Database,
  actor: Actor,
  input: PlaceLegalHoldInput,
  ipAddress: string,
  now: Date,
): Promise<{ id: string }> {
  if (input.until.getTime() <= now.getTime()) throw new DomainError('legal_hold_until_past', 400);
  const role = await operatorRoleOf(db, actor.userId);
  // Someone who may place no hold anywhere is told so before anything is looked up.
  if (actor.role !== 'admin' && !canReadAllLegalHolds(role)) throw forbidden();
  return db.transaction(async (tx) => {
    let organisationId: string | undefined;
    let userId: string | null = null;
    if (input.userId || input.userEmail) {
      const [user] = await tx
        .select({ id: users.id, organisationId: users.organisationId })
        .from(users)
        .where(
          input.userId
            ? eq(users.id, input.userId)
            : eq(sql`lower(${users.email})`, (input.userEmail ?? '').toLowerCase()),
        );
      if (!user) throw unknownTarget();
      organisationId = user.organisationId;
      userId = user.id;
    }
    let incidentId: string | null = null;
    if (input.incidentId) {
      const [incident] = await tx
        .select({ id: incidents.id, organisationId: incidents.organisationId })
        .from(incidents)
        .where(
          and(
            eq(incidents.id, input.incidentId),
            organisationId ? eq(incidents.organisationId, organisationId) : undefined,
          ),
        );
      if (!incident) throw unknownTarget();
      organisationId = incident.organisationId;
      incidentId = incident.id;
    }
    if (!organisationId) throw unknownTarget();
    // Nobody learns that another organisation's person or incident exists: the same answer as for
    // one that does not exist at all.
    if (!canManageLegalHold(actor, role, organisationId)) throw unknownTarget();
    const id = uuidv7();
    await tx.insert(legalHolds).values({
      id,
      organisationId,
      userId,
      incidentId,
      ground: input.ground,
      reason: input.reason,
      until: input.until,
      createdBy: actor.userId,
      createdAt: now,
    });
    await recordAudit(tx, {
      organisationId,
      actorUserId: actor.userId,
      action: 'legal_hold.placed',
      targetType: 'legal_hold',
      targetId: id,
      ipAddress,
      details: { ground: input.ground, until: input.until.toISOString(), userId, incidentId },
    });
    return { id };
  });
}
