import type { Database } from '../../server/db/database.js';
import { uuidv7 } from '../../server/db/ids.js';
import { organisations } from '../../server/db/schema/organisations.js';
import { users } from '../../server/db/schema/users.js';

let counter = 0;

/** An organisation with one admin, in one line: `const { organisation, admin } = await buildOrganisation(db)`. */
export async function buildOrganisation(db: Database, name = `Organisatie ${++counter}`) {
  const organisation = {
    id: uuidv7(),
    name,
    slug: `${name.toLowerCase().replace(/\W+/g, '-')}-${uuidv7().slice(-6)}`,
  };
  await db.insert(organisations).values(organisation);
  const admin = await buildUser(db, organisation.id, { role: 'admin' });
  return { organisation, admin };
}

/** A user of an organisation; fields may be overridden. */
export async function buildUser(
  db: Database,
  organisationId: string,
  overrides: Partial<typeof users.$inferInsert> = {},
) {
  const id = uuidv7();
  const [user] = await db
    .insert(users)
    .values({
      id,
      organisationId,
      name: `Persoon ${++counter}`,
      email: `persoon-${id}@voorbeeld.nl`,
      ...overrides,
    })
    .returning();
  if (!user) throw new Error('user insert returned nothing');
  return user;
}
