import { randomUUID } from 'node:crypto';
import { desc, eq, inArray, max } from 'drizzle-orm';
import type { Database, Transaction } from '../../../db/database.js';
import { uuidv7 } from '../../../db/ids.js';
import { type CONSENT_METHODS, consentRecords } from '../../../db/schema/consent-records.js';
import { privacyStatementVersions } from '../../../db/schema/privacy-statement.js';
import { readControllerDetails } from '../statement/controller-details.js';
import type { GeneratedInput } from '../statement/generated-sections.js';
import { listVersions } from '../statement/statement-store.js';

export type ConsentMethod = (typeof CONSENT_METHODS)[number];

/** The categories a visitor chooses in the banner; functional storage needs no consent. */
export const CONSENT_CATEGORIES = ['analytics', 'third-party'] as const;
export type ConsentCategory = (typeof CONSENT_CATEGORIES)[number];

export interface ConsentChoices {
  analytics: boolean;
  thirdParty: boolean;
}

/** The choice in force for one browser: the newest record of its consent id. */
export interface ConsentRecord {
  id: string;
  consentId: string;
  statementVersion: number;
  choices: ConsentChoices & { functional: true };
  method: ConsentMethod;
  /** The record this one replaced: set for a change or a withdrawal. */
  replacesId: string | null;
  /** True when this record took back a consent the one before it gave. */
  withdrawsConsent: boolean;
  createdAt: Date;
}

type Row = typeof consentRecords.$inferSelect;

function present(row: Row, previous: Row | undefined): ConsentRecord {
  return {
    id: row.id,
    consentId: row.consentId,
    statementVersion: row.statementVersion,
    choices: { functional: true, analytics: row.analytics, thirdParty: row.thirdParty },
    method: row.method,
    replacesId: row.replacesId,
    withdrawsConsent:
      previous !== undefined &&
      ((previous.analytics && !row.analytics) || (previous.thirdParty && !row.thirdParty)),
    createdAt: row.createdAt,
  };
}

async function latestRows(db: Database | Transaction, consentId: string, limit: number): Promise<Row[]> {
  return db
    .select()
    .from(consentRecords)
    .where(eq(consentRecords.consentId, consentId))
    .orderBy(desc(consentRecords.createdAt), desc(consentRecords.id))
    .limit(limit);
}

/** The choice in force for a consent id, or undefined when this browser never chose. */
export async function currentConsent(
  db: Database | Transaction,
  consentId: string,
): Promise<ConsentRecord | undefined> {
  const [row, previous] = await latestRows(db, consentId, 2);
  return row ? present(row, previous) : undefined;
}

/**
 * The version of the privacy statement a visitor can read now. On a new installation nobody may
 * have opened the statement yet: then version 1 is published as reading it would.
 */
/** The version of the privacy statement in force; a choice made under an older one is asked again (P16). */
export async function currentStatementVersion(
  db: Database | Transaction,
  registers: Omit<GeneratedInput, 'controller'>,
): Promise<number> {
  const [row] = await db
    .select({ version: max(privacyStatementVersions.version) })
    .from(privacyStatementVersions);
  if (row?.version) return row.version;
  const [first] = await listVersions(db, { ...registers, controller: await readControllerDetails(db) });
  if (!first) throw new Error('no privacy statement version could be published');
  return first.version;
}

export interface ConsentInput extends ConsentChoices {
  /** The browser's consent id from an earlier choice; a new random one is made when absent or unknown. */
  consentId?: string | undefined;
  method: ConsentMethod;
  /** Set when the visitor is signed in, so the choice can be shown in their access report. */
  userId?: string | undefined;
}

/**
 * Records a choice (P3): a first choice, a change or a withdrawal is each a new record, which
 * replaces the one before it for the same consent id. The record holds the choice, how and when it
 * was made and the statement version; no IP address, no user agent.
 */
// @promise P3 consent records: what was chosen, under which statement version, when and how
export async function recordConsent(
  db: Database,
  registers: Omit<GeneratedInput, 'controller'>,
  input: ConsentInput,
): Promise<ConsentRecord> {
  return db.transaction(async (tx) => {
    const [known] = input.consentId ? await latestRows(tx, input.consentId, 1) : [];
    // Only a consent id Baken issued continues; any other value starts a new, random one, so a
    // caller cannot pick the identifier its records are kept under.
    const consentId = known ? known.consentId : randomUUID();
    const [row] = await tx
      .insert(consentRecords)
      .values({
        id: uuidv7(),
        consentId,
        userId: input.userId ?? null,
        statementVersion: await currentStatementVersion(tx, registers),
        analytics: input.analytics,
        thirdParty: input.thirdParty,
        method: input.method,
        replacesId: known?.id ?? null,
      })
      .returning();
    if (!row) throw new Error('the consent record was not written');
    return present(row, known);
  });
}

/** Whose consent a check is about: a browser's consent id, or a signed-in person's account. */
export type ConsentSubject = { consentId: string } | { userId: string };

/**
 * Whether the choice in force allows `category` (P3, P11). Anything that stores consent-bound data
 * in a browser, loads third-party content or shares data on the ground of consent calls this
 * first; no record, or a record without that category, means no.
 *
 * For a person, the newest record of any browser they chose in while signed in counts.
 */
// @promise P11 sharing that needs consent checks the consent record first
export async function hasConsent(
  db: Database | Transaction,
  subject: ConsentSubject,
  category: ConsentCategory,
): Promise<boolean> {
  // A person's choices are those of every browser they chose in while signed in; the newest record
  // of those browsers counts, also when it was made after signing out (a withdrawal, say).
  const consentIds =
    'consentId' in subject
      ? [subject.consentId]
      : (
          await db
            .selectDistinct({ consentId: consentRecords.consentId })
            .from(consentRecords)
            .where(eq(consentRecords.userId, subject.userId))
        ).map((row) => row.consentId);
  if (consentIds.length === 0) return false;
  const [row] = await db
    .select({ analytics: consentRecords.analytics, thirdParty: consentRecords.thirdParty })
    .from(consentRecords)
    .where(inArray(consentRecords.consentId, consentIds))
    .orderBy(desc(consentRecords.createdAt), desc(consentRecords.id))
    .limit(1);
  if (!row) return false;
  return category === 'analytics' ? row.analytics : row.thirdParty;
}
