import { and, eq, isNull } from 'drizzle-orm';
import type { AuditAction } from '../../../common/audit-actions.js';
import type { Database } from '../../db/database.js';
import { sessions } from '../../db/schema/sessions.js';
import { users } from '../../db/schema/users.js';
import { inTenant } from '../../db/tenant-transaction.js';
import type { Actor } from '../../policies/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { DomainError, notFound } from '../domain-error.js';
import { otherActiveAdmins } from './other-active-admins.js';

export interface UserChanges {
  role?: 'admin' | 'member';
  status?: 'active' | 'deactivated';
}

/**
 * An admin changes someone's role or deactivates/reactivates them. Deactivation signs the person
 * out everywhere at once. The last active admin cannot remove their own access.
 */
export async function changeUser(
  db: Database,
  actor: Actor,
  userId: string,
  changes: UserChanges,
  ipAddress: string,
) {
  return inTenant(db, actor.organisationId, async (tx) => {
    const [user] = await tx
      .select()
      .from(users)
      .where(and(eq(users.id, userId), eq(users.organisationId, actor.organisationId)));
    if (!user || user.status === 'cancelled' || (user.status === 'invited' && changes.status))
      throw notFound();
    const losesAdmin =
      user.role === 'admin' && (changes.role === 'member' || changes.status === 'deactivated');
    if (losesAdmin) {
      const otherAdmins = await otherActiveAdmins(tx, actor.organisationId, user.id);
      if (otherAdmins.length === 0) throw new DomainError('last_admin', 409);
    }
    await tx.update(users).set(changes).where(eq(users.id, user.id));
    const audits: AuditAction[] = [];
    if (changes.role && changes.role !== user.role) audits.push('user.role_changed');
    if (changes.status === 'deactivated' && user.status !== 'deactivated') {
      audits.push('user.deactivated');
      await tx
        .update(sessions)
        .set({ endedAt: new Date() })
        .where(and(eq(sessions.userId, user.id), isNull(sessions.endedAt)));
    }
    if (changes.status === 'active' && user.status === 'deactivated') audits.push('user.reactivated');
    for (const action of audits) {
      await recordAudit(tx, {
        organisationId: actor.organisationId,
        actorUserId: actor.userId,
        action,
        targetType: 'user',
        targetId: user.id,
        ipAddress,
        details: action === 'user.role_changed' ? { from: user.role, to: changes.role } : {},
      });
    }
  });
}
