import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db/database.js';
import { onCallSwaps } from '../../db/schema/rosters.js';
import { inTenant } from '../../db/tenant-transaction.js';
import type { Actor } from '../../policies/actor.js';
import { canRemoveSwap } from '../../policies/rosters.js';
import { recordAudit } from '../audit/record-audit.js';
import { DomainError, notFound } from '../domain-error.js';
import { findRoster } from './find-roster.js';
import { rosterAuditAction } from './roster-audit.js';

/** Withdraws a swap: the rotation (or an older swap) applies to that period again. */
export async function removeSwap(
  db: Database,
  actor: Actor,
  rosterId: string,
  swapId: string,
  ipAddress?: string,
) {
  const { organisationId } = actor;
  await inTenant(db, organisationId, async (tx) => {
    await findRoster(tx, organisationId, rosterId, true);
    const where = and(
      eq(onCallSwaps.organisationId, organisationId),
      eq(onCallSwaps.rosterId, rosterId),
      eq(onCallSwaps.id, swapId),
    );
    const [swap] = await tx.select().from(onCallSwaps).where(where);
    if (!swap) throw notFound();
    if (!canRemoveSwap(actor, swap)) throw new DomainError('roster_swap_remove_not_yours', 403);
    await tx.delete(onCallSwaps).where(where);
    await recordAudit(tx, {
      organisationId,
      actorUserId: actor.userId,
      action: rosterAuditAction('roster_swap.deleted'),
      targetType: 'roster',
      targetId: rosterId,
      ipAddress,
      details: {
        swapId,
        userId: swap.userId,
        startsAt: swap.startsAt.toISOString(),
        endsAt: swap.endsAt.toISOString(),
      },
    });
  });
}
