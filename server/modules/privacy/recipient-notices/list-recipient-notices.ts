import { desc, eq, sql } from 'drizzle-orm';
import type { Database, Transaction } from '../../../db/database.js';
import { recipientNotices } from '../../../db/schema/disclosures.js';
import { organisations } from '../../../db/schema/organisations.js';
import { inTenant } from '../../../db/tenant-transaction.js';

export interface RecipientNoticeView {
  id: string;
  change: string;
  fields: string[];
  recipient: string;
  recipientAddress: string | null;
  reference: string | null;
  disclosedAt: Date;
  status: string;
  toldAt: Date | null;
  note: string | null;
  createdAt: Date;
  organisation: { id: string; name: string } | null;
}

const LIMIT = 500;

function query(db: Database | Transaction) {
  return db
    .select({ notice: recipientNotices, organisationName: organisations.name })
    .from(recipientNotices)
    .leftJoin(organisations, eq(organisations.id, recipientNotices.organisationId))
    .$dynamic();
}

// Those still to be told first, then the newest.
const ORDER = [sql`(${recipientNotices.status} = 'to_tell') desc`, desc(recipientNotices.createdAt)];

function view(found: { notice: typeof recipientNotices.$inferSelect; organisationName: string | null }) {
  const { notice } = found;
  return {
    id: notice.id,
    change: notice.change,
    fields: notice.fields,
    recipient: notice.recipient,
    recipientAddress: notice.recipientAddress,
    reference: notice.reference,
    disclosedAt: notice.disclosedAt,
    status: notice.status,
    toldAt: notice.toldAt,
    note: notice.note,
    createdAt: notice.createdAt,
    organisation:
      notice.organisationId && found.organisationName !== null
        ? { id: notice.organisationId, name: found.organisationName }
        : null,
  } satisfies RecipientNoticeView;
}

/** Every notice to a recipient (art. 19), for the operator's privacy staff. Runs as the platform. */
export async function listAllRecipientNotices(db: Database): Promise<RecipientNoticeView[]> {
  const rows = await query(db)
    .orderBy(...ORDER)
    .limit(LIMIT);
  return rows.map(view);
}

/** The notices about one organisation's people, for its admins, under row-level security. */
export function listOrganisationRecipientNotices(
  db: Database,
  organisationId: string,
): Promise<RecipientNoticeView[]> {
  return inTenant(db, organisationId, async (tx) => {
    const rows = await query(tx)
      .where(eq(recipientNotices.organisationId, organisationId))
      .orderBy(...ORDER)
      .limit(LIMIT);
    return rows.map(view);
  });
}
