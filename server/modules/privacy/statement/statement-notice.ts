import { eq, sql } from 'drizzle-orm';
import type { Database } from '../../../db/database.js';
import { users } from '../../../db/schema/users.js';
import { inTenant } from '../../../db/tenant-transaction.js';
import { unauthenticated } from '../../domain-error.js';
import { readControllerDetails } from './controller-details.js';
import type { GeneratedInput } from './generated-sections.js';
import { listVersions } from './statement-store.js';

export interface StatementNotice {
  currentVersion: number;
  publishedAt: Date;
  /** The version this person was last told about; null when never. */
  seenVersion: number | null;
  /** A version the person has not been told about yet was published after their account was made (P16). */
  changed: boolean;
}

type Who = { userId: string; organisationId: string };

/**
 * Whether to tell a signed-in person that the statement changed: a version newer than both the
 * one they were last told about and the one in force when their account was made.
 */
// @promise P16 signed-in people are told once about a new version
export async function statementNotice(
  db: Database,
  who: Who,
  input: Omit<GeneratedInput, 'controller'>,
): Promise<StatementNotice> {
  const versions = await listVersions(db, { ...input, controller: await readControllerDetails(db) });
  const current = versions[0];
  if (!current) throw new Error('the privacy statement has no version');
  const [person] = await inTenant(db, who.organisationId, (tx) =>
    tx
      .select({ seen: users.privacyStatementSeenVersion, createdAt: users.createdAt })
      .from(users)
      .where(eq(users.id, who.userId)),
  );
  if (!person) throw unauthenticated();
  // The version in force when the account was made was read then; the first version is never news.
  const atSignUp = versions.find((version) => version.publishedAt <= person.createdAt)?.version ?? 1;
  return {
    currentVersion: current.version,
    publishedAt: current.publishedAt,
    seenVersion: person.seen,
    changed: current.version > Math.max(person.seen ?? 0, atSignUp),
  };
}

/** Records that the person was told about `version` (never moving the marker back). */
export async function markStatementSeen(db: Database, who: Who, version: number): Promise<void> {
  await inTenant(db, who.organisationId, (tx) =>
    tx
      .update(users)
      .set({
        privacyStatementSeenVersion: sql`greatest(coalesce(${users.privacyStatementSeenVersion}, 0), ${version})`,
      })
      .where(eq(users.id, who.userId)),
  );
}
