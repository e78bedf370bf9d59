import { sql } from 'drizzle-orm';
import type { Database } from '../../db/database.js';
import { uuidv7 } from '../../db/ids.js';
import { organisations } from '../../db/schema/organisations.js';
import { users } from '../../db/schema/users.js';
import type { JobQueue } from '../../jobs/job-queue.js';
import { assertPasswordAllowed } from './assert-password-allowed.js';
import { hashPassword } from './passwords.js';
import { sendVerificationLink } from './send-verification-link.js';

export interface SignUpInput {
  organisationName: string;
  name: string;
  email: string;
  password: string;
  language: 'nl' | 'en';
}

function slugFor(name: string): string {
  const base = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
  return `${base || 'organisatie'}-${uuidv7().slice(-6)}`;
}

/**
 * Registers a new organisation with its first admin, who must confirm the e-mail address before
 * signing in. An address that already has an account gets the same answer and no new account,
 * so the form cannot be used to find out who uses Baken.
 */
export async function signUp(
  db: Database,
  jobs: JobQueue,
  publicUrl: string,
  input: SignUpInput,
): Promise<void> {
  assertPasswordAllowed(input.password, input);
  const email = input.email.trim();
  // Hash first, so an address that has an account answers as slowly as one that has not.
  const passwordHash = await hashPassword(input.password);
  const [existing] = await db
    .select({ id: users.id })
    .from(users)
    .where(sql`lower(${users.email}) = ${email.toLowerCase()}`);
  if (existing) return;
  const organisationId = uuidv7();
  const userId = uuidv7();
  await db.transaction(async (tx) => {
    await tx.insert(organisations).values({
      id: organisationId,
      name: input.organisationName.trim(),
      slug: slugFor(input.organisationName),
    });
    await tx.insert(users).values({
      id: userId,
      organisationId,
      email,
      name: input.name.trim(),
      passwordHash,
      role: 'admin',
      language: input.language,
    });
    await sendVerificationLink(tx, jobs, publicUrl, {
      userId,
      organisationId,
      language: input.language,
      to: email,
      purpose: 'email_verification',
    });
  });
}
