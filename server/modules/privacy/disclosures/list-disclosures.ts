import { desc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database, Transaction } from '../../../db/database.js';
import { disclosures } from '../../../db/schema/disclosures.js';
import { organisations } from '../../../db/schema/organisations.js';
import { users } from '../../../db/schema/users.js';
import { inTenant } from '../../../db/tenant-transaction.js';

/** One recorded disclosure with the names a reader needs. */
export interface DisclosureView {
  id: string;
  kind: string;
  recipient: string;
  recipientAddress: string | null;
  subject: { userId: string; name: string; email: string } | null;
  subjectDescription: string | null;
  dataDescription: string;
  legalBasis: string;
  reference: string | null;
  disclosedAt: Date;
  /** Null when the reader may not see who recorded it (operator staff, seen from an organisation). */
  recordedBy: string | null;
  organisation: { id: string; name: string } | null;
}

const LIMIT = 500;
const subjects = alias(users, 'subject');
const recorders = alias(users, 'recorder');

function query(db: Database | Transaction) {
  return db
    .select({
      row: disclosures,
      subjectName: subjects.name,
      subjectEmail: subjects.email,
      recorderName: recorders.name,
      organisationName: organisations.name,
    })
    .from(disclosures)
    .leftJoin(subjects, eq(subjects.id, disclosures.subjectUserId))
    .leftJoin(recorders, eq(recorders.id, disclosures.recordedBy))
    .leftJoin(organisations, eq(organisations.id, disclosures.organisationId));
}

type Found = Awaited<ReturnType<ReturnType<typeof query>['execute']>>[number];

function view(found: Found): DisclosureView {
  const { row } = found;
  return {
    id: row.id,
    kind: row.kind,
    recipient: row.recipient,
    recipientAddress: row.recipientAddress,
    subject:
      row.subjectUserId && found.subjectName !== null
        ? { userId: row.subjectUserId, name: found.subjectName, email: found.subjectEmail ?? '' }
        : null,
    subjectDescription: row.subjectDescription,
    dataDescription: row.dataDescription,
    legalBasis: row.legalBasis,
    reference: row.reference,
    disclosedAt: row.disclosedAt,
    recordedBy: found.recorderName,
    organisation:
      row.organisationId && found.organisationName !== null
        ? { id: row.organisationId, name: found.organisationName }
        : null,
  };
}

/** Every recorded disclosure, newest first: the operator's register (P11). Runs as the platform. */
export async function listAllDisclosures(db: Database): Promise<DisclosureView[]> {
  const rows = await query(db).orderBy(desc(disclosures.disclosedAt), desc(disclosures.id)).limit(LIMIT);
  return rows.map(view);
}

/**
 * The disclosures about one organisation's people, for its admins: read under row-level security,
 * so the operator staff who recorded one (another organisation) stay unnamed.
 */
export function listOrganisationDisclosures(db: Database, organisationId: string): Promise<DisclosureView[]> {
  return inTenant(db, organisationId, async (tx) => {
    const rows = await query(tx)
      .where(eq(disclosures.organisationId, organisationId))
      .orderBy(desc(disclosures.disclosedAt), desc(disclosures.id))
      .limit(LIMIT);
    return rows.map(view);
  });
}

/** One disclosure by id, as the platform reads it. */
export async function findDisclosure(db: Database, id: string): Promise<DisclosureView | undefined> {
  const [found] = await query(db).where(eq(disclosures.id, id));
  return found ? view(found) : undefined;
}
