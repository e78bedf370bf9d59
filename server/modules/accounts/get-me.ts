import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db/database.js';
import { organisations } from '../../db/schema/organisations.js';
import { users } from '../../db/schema/users.js';
import type { Actor } from '../../policies/actor.js';
import { unauthenticated } from '../domain-error.js';

/** The signed-in user's own account, with their organisation's name. */
export async function getMe(db: Database, actor: Actor) {
  const [me] = await db
    .select({
      id: users.id,
      organisationId: users.organisationId,
      organisationName: organisations.name,
      name: users.name,
      email: users.email,
      role: users.role,
      language: users.language,
    })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(and(eq(users.id, actor.userId), eq(users.organisationId, actor.organisationId)));
  if (!me) throw unauthenticated();
  return me;
}
