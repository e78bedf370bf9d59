import { eq, sql } from 'drizzle-orm';
import type { Database } from '../../../db/database.js';
import { users } from '../../../db/schema/users.js';
import type { Actor } from '../../../policies/actor.js';
import { canRecordDisclosure } from '../../../policies/disclosures.js';
import { DomainError, forbidden } from '../../domain-error.js';
import { operatorRoleOf } from '../../operator/find-operator-role.js';
import type { LegalBasis } from '../legal-bases.js';
import { recordDisclosure } from './record-disclosure.js';

/** The kinds operator staff record by hand: what goes to authorities. */
export const AUTHORITY_DISCLOSURE_KINDS = ['authority-order', 'suspected-fraud-report'] as const;

export interface AuthorityDisclosureInput {
  kind: (typeof AUTHORITY_DISCLOSURE_KINDS)[number];
  recipient: string;
  recipientAddress?: string | undefined;
  /** The account of the person concerned, by its e-mail address. */
  subjectEmail?: string | undefined;
  subjectDescription?: string | undefined;
  dataDescription: string;
  legalBasis: LegalBasis;
  reference?: string | undefined;
  disclosedAt: Date;
}

/**
 * Records that the operator disclosed data to an authority, on an order or as a report of
 * suspected fraud or abuse (P11). The person is found by their account's e-mail address, so the
 * record reaches their access report and their organisation's admins; without an account, the
 * description says whom it concerns.
 */
export async function recordAuthorityDisclosure(
  db: Database,
  actor: Actor,
  input: AuthorityDisclosureInput,
  ipAddress: string,
): Promise<{ id: string }> {
  if (!canRecordDisclosure(await operatorRoleOf(db, actor.userId))) throw forbidden();
  return db.transaction(async (tx) => {
    let subject: { id: string; organisationId: string } | undefined;
    if (input.subjectEmail) {
      [subject] = await tx
        .select({ id: users.id, organisationId: users.organisationId })
        .from(users)
        .where(eq(sql`lower(${users.email})`, input.subjectEmail.toLowerCase()));
      if (!subject) throw new DomainError('disclosure_subject_unknown', 400);
    }
    return recordDisclosure(
      tx,
      {
        kind: input.kind,
        organisationId: subject?.organisationId ?? null,
        recipient: input.recipient,
        ...(input.recipientAddress ? { recipientAddress: input.recipientAddress } : {}),
        subjectUserId: subject?.id ?? null,
        ...(input.subjectDescription ? { subjectDescription: input.subjectDescription } : {}),
        dataDescription: input.dataDescription,
        legalBasis: input.legalBasis,
        ...(input.reference ? { reference: input.reference } : {}),
        disclosedAt: input.disclosedAt,
        recordedBy: actor.userId,
      },
      ipAddress,
    );
  });
}
