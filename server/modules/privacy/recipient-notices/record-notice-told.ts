import { and, eq } from 'drizzle-orm';
import type { Database } from '../../../db/database.js';
import { recipientNotices } from '../../../db/schema/disclosures.js';
import type { Actor } from '../../../policies/actor.js';
import { canTellRecipients } from '../../../policies/disclosures.js';
import type { OperatorRole } from '../../../policies/operator.js';
import { recordAudit } from '../../audit/record-audit.js';
import { DomainError, forbidden, notFound } from '../../domain-error.js';

/**
 * Records how a recipient without an e-mail address was told of the change (a letter, a call
 * with whom): the notice is then done. Only a notice still waiting can be recorded, once.
 */
export async function recordNoticeTold(
  db: Database,
  actor: Actor,
  operatorRole: OperatorRole | undefined,
  id: string,
  note: string,
  ipAddress: string,
): Promise<void> {
  if (!canTellRecipients(operatorRole)) throw forbidden();
  await db.transaction(async (tx) => {
    const [notice] = await tx
      .select()
      .from(recipientNotices)
      .where(eq(recipientNotices.id, id))
      .for('update');
    if (!notice) throw notFound();
    if (notice.status !== 'to_tell') throw new DomainError('recipient_notice_done', 409);
    const now = new Date();
    await tx
      .update(recipientNotices)
      .set({ status: 'told', toldAt: now, toldBy: actor.userId, note })
      .where(and(eq(recipientNotices.id, id), eq(recipientNotices.status, 'to_tell')));
    await recordAudit(tx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'recipient_notice.told',
      targetType: 'recipient_notice',
      targetId: id,
      ipAddress,
      details: { change: notice.change },
    });
  });
}
