import { and, eq, isNull } from 'drizzle-orm';
import type { Database } from '../../db/database.js';
import { erasureSchedule } from '../../db/schema/erasure-schedule.js';
import { organisations } from '../../db/schema/organisations.js';
import { recordAudit } from '../audit/record-audit.js';
import { DomainError, notFound } from '../domain-error.js';

/**
 * Undoes an organisation's cancellation during the grace period (a platform admin does this at the
 * customer's request): the erasure is called off and its people can sign in again.
 */
export async function restoreOrganisation(
  db: Database,
  operatorUserId: string,
  organisationId: string,
  ipAddress: string,
) {
  await db.transaction(async (tx) => {
    const [organisation] = await tx.select().from(organisations).where(eq(organisations.id, organisationId));
    if (!organisation || organisation.isOperator || !organisation.cancelledAt) throw notFound();
    const undone = await tx
      .update(erasureSchedule)
      .set({ undoneAt: new Date() })
      .where(
        and(
          eq(erasureSchedule.subjectType, 'organisation'),
          eq(erasureSchedule.subjectId, organisationId),
          isNull(erasureSchedule.executedAt),
          isNull(erasureSchedule.undoneAt),
        ),
      )
      .returning({ id: erasureSchedule.id });
    if (undone.length === 0) throw new DomainError('erasure_done', 409);
    await tx.update(organisations).set({ cancelledAt: null }).where(eq(organisations.id, organisationId));
    await recordAudit(tx, {
      organisationId,
      actorUserId: operatorUserId,
      action: 'organisation.restored',
      targetType: 'organisation',
      targetId: organisationId,
      ipAddress,
    });
  });
}
