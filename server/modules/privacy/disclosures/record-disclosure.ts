import type { Transaction } from '../../../db/database.js';
import { uuidv7 } from '../../../db/ids.js';
import { disclosures } from '../../../db/schema/disclosures.js';
import { recordAudit } from '../../audit/record-audit.js';
import { DomainError } from '../../domain-error.js';
import { type DisclosureInput, isAllowedBasis } from '../disclosures.js';

/**
 * Records one actual disclosure (P11) in the transaction that makes it, with its audit entry: a
 * disclosure on a ground its kind does not allow is refused, so nothing of it is written.
 */
// @promise P11 every disclosure is recorded: to whom, what, about whom, legal basis, reference, when, by whom
export async function recordDisclosure(
  tx: Transaction,
  input: DisclosureInput,
  ipAddress?: string,
): Promise<{ id: string }> {
  if (!isAllowedBasis(input)) throw new DomainError('disclosure_basis_not_allowed', 400);
  if (input.subjectUserId === null && !input.subjectDescription)
    throw new DomainError('disclosure_subject_missing', 400);
  const id = uuidv7();
  await tx.insert(disclosures).values({
    id,
    kind: input.kind,
    organisationId: input.organisationId,
    subjectUserId: input.subjectUserId,
    subjectDescription: input.subjectDescription ?? null,
    recipient: input.recipient,
    recipientAddress: input.recipientAddress ?? null,
    dataDescription: input.dataDescription,
    legalBasis: input.legalBasis,
    reference: input.reference ?? null,
    disclosedAt: input.disclosedAt,
    recordedBy: input.recordedBy,
  });
  await recordAudit(tx, {
    organisationId: input.organisationId,
    actorUserId: input.recordedBy,
    action: 'disclosure.recorded',
    targetType: 'disclosure',
    targetId: id,
    ...(ipAddress ? { ipAddress } : {}),
    details: { kind: input.kind, legalBasis: input.legalBasis },
  });
  return { id };
}
