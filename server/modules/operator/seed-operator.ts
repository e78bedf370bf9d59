import type { Database } from '../../db/database.js';
import { uuidv7 } from '../../db/ids.js';
import { operatorStaff } from '../../db/schema/operators.js';
import { organisations } from '../../db/schema/organisations.js';
import { users } from '../../db/schema/users.js';
import { hashPassword } from '../accounts/passwords.js';

/** The operator's own organisation and its first platform admin, as a fresh installation gets them. */
export const OPERATOR_ORGANISATION = { name: 'Baken Beheer', slug: 'baken-beheer' };
export const OPERATOR_ADMIN = { name: 'Platformbeheerder', email: 'operator@baken.local' };

/** Creates Baken Beheer with one platform admin, in one transaction; call it once, on a new database. */
export async function seedOperator(
  db: Database,
  password: string,
): Promise<{ organisation: string; email: string }> {
  const passwordHash = await hashPassword(password);
  const organisationId = uuidv7();
  const userId = uuidv7();
  await db.transaction(async (tx) => {
    await tx.insert(organisations).values({ id: organisationId, ...OPERATOR_ORGANISATION, isOperator: true });
    await tx.insert(users).values({
      id: userId,
      organisationId,
      ...OPERATOR_ADMIN,
      passwordHash,
      role: 'admin',
      emailVerifiedAt: new Date(),
    });
    await tx.insert(operatorStaff).values({ id: uuidv7(), userId, role: 'platform_admin' });
  });
  return { organisation: OPERATOR_ORGANISATION.name, email: OPERATOR_ADMIN.email };
}
