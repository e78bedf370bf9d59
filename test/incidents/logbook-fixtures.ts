import { eq } from 'drizzle-orm';
import type { Database } from '../../server/db/database.js';
import { uuidv7 } from '../../server/db/ids.js';
import { incidentParticipants, incidents } from '../../server/db/schema/incidents.js';
import { users } from '../../server/db/schema/users.js';

/** A person of the demo organisation by e-mail address. */
export async function demoPerson(db: Database, email: string) {
  const [person] = await db
    .select({ id: users.id, organisationId: users.organisationId, name: users.name })
    .from(users)
    .where(eq(users.email, email));
  if (!person) throw new Error(`no demo person ${email}`);
  return person;
}

/** Adds people to an incident directly (without a team), as the start screen or a coordinator does. */
export async function addParticipants(
  db: Database,
  organisationId: string,
  incidentId: string,
  userIds: string[],
) {
  for (const userId of userIds) {
    await db.insert(incidentParticipants).values({ id: uuidv7(), organisationId, incidentId, userId });
  }
}

let number = 5000;

/** An active incident with nothing in it yet, worked on by `userIds`. */
export async function emptyIncident(db: Database, organisationId: string, userIds: string[]) {
  const id = uuidv7();
  await db
    .insert(incidents)
    .values({ id, organisationId, number: ++number, title: `Stroomstoring ${number}` });
  await addParticipants(db, organisationId, id, userIds);
  return id;
}

/** Changes the incident as its coordinator would (closing it, switching off its chat), straight in the database. */
export async function setIncident(
  db: Database,
  incidentId: string,
  changes: { status?: 'active' | 'closed' | 'archived'; chatEnabled?: boolean },
) {
  await db.update(incidents).set(changes).where(eq(incidents.id, incidentId));
}
