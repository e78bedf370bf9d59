import { and, eq } from 'drizzle-orm';
import type { Transaction } from '../../../db/database.js';
import { uuidv7 } from '../../../db/ids.js';
import { disclosures, recipientNotices } from '../../../db/schema/disclosures.js';
import { users } from '../../../db/schema/users.js';

export type NoticedChange = 'rectification' | 'erasure' | 'restriction';

/** Fields whose correction a recipient must hear of: what a disclosure can have carried about a person. */
export const DISCLOSED_FIELDS = ['name', 'email', 'phone', 'jobTitle'] as const;

export interface NoticeInput {
  organisationId: string;
  userId: string;
  change: NoticedChange;
  /** For a rectification: the corrected fields; those no disclosure carries are left out. */
  fields?: readonly string[];
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Records, in the transaction of the change, a notice for every recipient of a disclosure about
 * the person (GDPR art. 19): their data was corrected, erased or restricted. Must run before an
 * erasure cuts the disclosures' link to the account. A recipient with an e-mail address is mailed
 * by the notices job; one without waits for a handler to tell them and record how. A correction
 * of fields no disclosure carries (language, quiet hours) is no news to a recipient.
 */
// @promise P17 recipients of disclosed data are told of its correction, erasure or restriction (art. 19)
export async function recordRecipientNotices(tx: Transaction, input: NoticeInput): Promise<number> {
  const fields = (input.fields ?? []).filter((field) =>
    (DISCLOSED_FIELDS as readonly string[]).includes(field),
  );
  if (input.change === 'rectification' && fields.length === 0) return 0;
  const found = await tx
    .select({ disclosure: disclosures, language: users.language })
    .from(disclosures)
    .innerJoin(users, eq(users.id, disclosures.subjectUserId))
    .where(
      and(eq(disclosures.subjectUserId, input.userId), eq(disclosures.organisationId, input.organisationId)),
    );
  if (found.length === 0) return 0;
  await tx.insert(recipientNotices).values(
    found.map(({ disclosure, language }) => {
      const address = disclosure.recipientAddress?.trim() ?? '';
      return {
        id: uuidv7(),
        organisationId: input.organisationId,
        disclosureId: disclosure.id,
        change: input.change,
        fields: input.change === 'rectification' ? fields : [],
        recipient: disclosure.recipient,
        recipientAddress: disclosure.recipientAddress,
        reference: disclosure.reference,
        disclosedAt: disclosure.disclosedAt,
        // The person chose a transfer's recipient, so it speaks their language; an authority is
        // Dutch, whatever the person set.
        language: disclosure.kind === 'portability-transfer' ? language : 'nl',
        status: EMAIL.test(address) ? 'pending' : 'to_tell',
      };
    }),
  );
  return found.length;
}
