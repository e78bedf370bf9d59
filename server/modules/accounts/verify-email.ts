import { eq } from 'drizzle-orm';
import type { Database } from '../../db/database.js';
import { users } from '../../db/schema/users.js';
import { recordAudit } from '../audit/record-audit.js';
import { DomainError } from '../domain-error.js';
import { recordRecipientNotices } from '../privacy/recipient-notices/record-recipient-notices.js';
import { consumeUserToken } from './user-tokens.js';

/**
 * Confirms an address with the link's token: the first address of a new account, or a new
 * address after a change (which takes effect only now).
 */
export async function verifyEmail(db: Database, token: string): Promise<void> {
  await db.transaction(async (tx) => {
    const verification = await consumeUserToken(tx, token, 'email_verification');
    const change = verification ? undefined : await consumeUserToken(tx, token, 'email_change');
    const used = verification ?? change;
    if (!used) throw new DomainError('link_invalid', 400);
    const changes = change?.newEmail
      ? { email: change.newEmail, emailVerifiedAt: new Date() }
      : { emailVerifiedAt: new Date() };
    const [user] = await tx
      .update(users)
      .set(changes)
      .where(eq(users.id, used.userId))
      .returning({ organisationId: users.organisationId });
    // The new address is part of the profile's history; the old one is not kept.
    if (change?.newEmail && user) {
      await recordAudit(tx, {
        organisationId: user.organisationId,
        actorUserId: used.userId,
        action: 'user.email_changed',
        targetType: 'user',
        targetId: used.userId,
        details: { fields: ['email'] },
      });
      await recordRecipientNotices(tx, {
        organisationId: user.organisationId,
        userId: used.userId,
        change: 'rectification',
        fields: ['email'],
      });
    }
  });
}
