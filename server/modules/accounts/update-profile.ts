import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import type { Database } from '../../db/database.js';
import { users } from '../../db/schema/users.js';
import { recordEvent } from '../../events/record-event.js';
import type { Actor } from '../../policies/actor.js';
import { DomainError, unauthenticated } from '../domain-error.js';

export interface ProfileChanges {
  name?: string;
  phone?: string | null;
  jobTitle?: string | null;
  language?: 'nl' | 'en';
  timeZone?: string;
  notificationChannels?: ('push' | 'email' | 'sms')[];
  quietHours?: { from: string; until: string } | null;
}

/**
 * Changes the user's own profile; it takes effect at once. The event tells the user's other
 * devices and the organisation's open screens (team lists show names) without a reload.
 * While processing of the person's data is restricted, the profile is locked.
 */
// @promise P17 a restricted person's profile is locked: their own changes are refused
export async function updateProfile(db: Database, actor: Actor, changes: ProfileChanges): Promise<void> {
  await db.transaction(async (tx) => {
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
    await recordEvent(tx, {
      organisationId: actor.organisationId,
      topic: 'organisation',
      type: 'user.updated',
      payload: { userId: user.id, name: user.name },
      actorId: actor.userId,
    });
  });
}
