import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import type { Database } from '../../db/database.js';
import { users } from '../../db/schema/users.js';
import { recordEvent } from '../../events/record-event.js';
import type { Actor } from '../../policies/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { DomainError, unauthenticated } from '../domain-error.js';
import { recordRecipientNotices } from '../privacy/recipient-notices/record-recipient-notices.js';

export interface ProfileChanges {
  name?: string;
  phone?: string | null;
  jobTitle?: string | null;
  language?: 'nl' | 'en';
  timeZone?: string;
  notificationChannels?: ('push' | 'email' | 'sms')[];
  quietHours?: { from: string; until: string } | null;
}

/** The fields whose value the change really alters: what the profile's history records. */
function changedFields(before: Record<string, unknown>, changes: ProfileChanges): string[] {
  return Object.entries(changes)
    .filter(
      ([field, value]) => value !== undefined && JSON.stringify(value) !== JSON.stringify(before[field]),
    )
    .map(([field]) => field);
}

/**
 * Changes the user's own profile; it takes effect at once. The event tells the user's other
 * devices and the organisation's open screens (team lists show names) without a reload.
 * While processing of the person's data is restricted, the profile is locked. Every change is
 * kept in the audit log as the history of a rectification (GDPR art. 16): which fields, when and
 * by whom, without the old values (an inaccurate datum is not kept for its own sake).
 */
// @promise P17 a restricted person's profile is locked: their own changes are refused
// @promise P17 rectification is self-service in the profile, and its history is kept
export async function updateProfile(
  db: Database,
  actor: Actor,
  changes: ProfileChanges,
  ipAddress?: string,
): Promise<void> {
  await db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(users)
      .where(and(eq(users.id, actor.userId), eq(users.organisationId, actor.organisationId)))
      .for('update');
    const updated = await tx
      .update(users)
      .set(changes)
      .where(
        and(
          eq(users.id, actor.userId),
          eq(users.organisationId, actor.organisationId),
          isNull(users.restrictedAt),
        ),
      )
      .returning({ id: users.id, name: users.name });
    const user = updated[0];
    if (!user) {
      // Restriction of processing (GDPR art. 18): the data is only stored, so the profile is locked.
      const [restricted] = await tx
        .select({ id: users.id })
        .from(users)
        .where(and(eq(users.id, actor.userId), isNotNull(users.restrictedAt)));
      if (restricted) throw new DomainError('profile_restricted', 409);
      throw unauthenticated();
    }
    const fields = before ? changedFields(before, changes) : [];
    if (fields.length > 0)
      await recordAudit(tx, {
        organisationId: actor.organisationId,
        actorUserId: actor.userId,
        action: 'user.profile_changed',
        targetType: 'user',
        targetId: user.id,
        ipAddress,
        details: { fields },
      });
    await recordRecipientNotices(tx, {
      organisationId: actor.organisationId,
      userId: user.id,
      change: 'rectification',
      fields,
    });
    await recordEvent(tx, {
      organisationId: actor.organisationId,
      topic: 'organisation',
      type: 'user.updated',
      payload: { userId: user.id, name: user.name },
      actorId: actor.userId,
    });
  });
}
