import { sql } from 'drizzle-orm';
import type { Transaction } from '../../../db/database.js';
import { uuidv7 } from '../../../db/ids.js';
import { users } from '../../../db/schema/users.js';
import { PSEUDONYM_LABEL } from '../personal-data/rules.js';

/**
 * The reserved top-level domain `invalid` (RFC 2606) can never receive mail, so a pseudonym's
 * address is recognisable, unique and undeliverable. It is how code tells a pseudonym account
 * from a person: `erased-<uuid>@invalid`.
 */
export const PSEUDONYM_EMAIL_DOMAIN = 'invalid';

export const isPseudonymEmail = (email: string) => email.toLowerCase().endsWith(`@${PSEUDONYM_EMAIL_DOMAIN}`);

/** The SQL condition "this users row is a person, not a pseudonym", for lists of people. */
export const notPseudonym = sql`${users.email} not ilike ${`%@${PSEUDONYM_EMAIL_DOMAIN}`}`;

/**
 * A pseudonymous account for one erasure: the crisis record's references move to it, so a
 * logbook reads whole ("verwijderde gebruiker") and what one person wrote still reads as one
 * person's. It holds no personal data: no password, no phone, deactivated (never alerted, cannot
 * sign in). No migration was needed: it is an ordinary `users` row of the same organisation.
 */
export async function createPseudonymAccount(tx: Transaction, organisationId: string): Promise<string> {
  const id = uuidv7();
  await tx.insert(users).values({
    id,
    organisationId,
    email: `erased-${id}@${PSEUDONYM_EMAIL_DOMAIN}`,
    name: PSEUDONYM_LABEL.nl,
    passwordHash: null,
    role: 'member',
    status: 'deactivated',
    notificationChannels: [],
  });
  return id;
}
