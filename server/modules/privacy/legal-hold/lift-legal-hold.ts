import { eq } from 'drizzle-orm';
import type { Database } from '../../../db/database.js';
import { legalHolds } from '../../../db/schema/legal-holds.js';
import type { Actor } from '../../../policies/actor.js';
import { canManageLegalHold } from '../../../policies/legal-holds.js';
import { recordAudit } from '../../audit/record-audit.js';
import { DomainError, notFound } from '../../domain-error.js';
import { operatorRoleOf } from '../../operator/find-operator-role.js';

/** Lifts a hold: from now on erasure and retention treat the data as before. The row stays as evidence. */
export async function liftLegalHold(
  db: Database,
  actor: Actor,
  id: string,
  ipAddress: string,
  now: Date,
): Promise<void> {
  const role = await operatorRoleOf(db, actor.userId);
  await db.transaction(async (tx) => {
    const [hold] = await tx.select().from(legalHolds).where(eq(legalHolds.id, id)).for('update');
    if (!hold || !canManageLegalHold(actor, role, hold.organisationId)) throw notFound();
    if (hold.liftedAt !== null) throw new DomainError('legal_hold_lifted', 409);
    await tx.update(legalHolds).set({ liftedAt: now, liftedBy: actor.userId }).where(eq(legalHolds.id, id));
    await recordAudit(tx, {
      organisationId: hold.organisationId,
      actorUserId: actor.userId,
      action: 'legal_hold.lifted',
      targetType: 'legal_hold',
      targetId: id,
      ipAddress,
      details: { ground: hold.ground },
    });
  });
}
