import { and, eq, isNotNull } from 'drizzle-orm';
import type { Database } from '../../db/database.js';
import { organisations } from '../../db/schema/organisations.js';
import { totpFactors } from '../../db/schema/second-factors.js';
import { users } from '../../db/schema/users.js';
import { unauthenticated } from '../domain-error.js';
import { operatorRoleOf } from '../operator/find-operator-role.js';

/** The signed-in user's own account, with their organisation's name and second-factor state. */
export async function getMe(db: Database, who: { userId: string; organisationId: string }) {
  const [me] = await db
    .select({
      id: users.id,
      organisationId: users.organisationId,
      organisationName: organisations.name,
      name: users.name,
      email: users.email,
      phone: users.phone,
      jobTitle: users.jobTitle,
      role: users.role,
      language: users.language,
      timeZone: users.timeZone,
      notificationChannels: users.notificationChannels,
      quietHours: users.quietHours,
      requireSecondFactor: organisations.requireSecondFactor,
      secondFactorSince: totpFactors.confirmedAt,
    })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .leftJoin(totpFactors, and(eq(totpFactors.userId, users.id), isNotNull(totpFactors.confirmedAt)))
    .where(and(eq(users.id, who.userId), eq(users.organisationId, who.organisationId)));
  if (!me) throw unauthenticated();
  const { requireSecondFactor, secondFactorSince, ...profile } = me;
  return {
    ...profile,
    operatorRole: (await operatorRoleOf(db, me.id)) ?? null,
    secondFactor: secondFactorSince !== null,
    secondFactorSetupRequired: requireSecondFactor && secondFactorSince === null,
  };
}
