import { z } from '@hono/zod-openapi';
import type { DisclosureView } from '../../modules/privacy/disclosures/list-disclosures.js';
import { AUTHORITY_DISCLOSURE_KINDS } from '../../modules/privacy/disclosures/record-authority-disclosure.js';
import { DISCLOSURE_KINDS, type DisclosureKindId } from '../../modules/privacy/disclosures.js';
import { LEGAL_BASES, type LegalBasis } from '../../modules/privacy/legal-bases.js';
import type { RecipientNoticeView } from '../../modules/privacy/recipient-notices/list-recipient-notices.js';

const LEGAL_BASIS_IDS = Object.keys(LEGAL_BASES) as [LegalBasis, ...LegalBasis[]];
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((value) => (value ? value : undefined));

export const ZAuthorityDisclosureBody = z
  .object({
    kind: z.enum(AUTHORITY_DISCLOSURE_KINDS).openapi({
      description:
        '`authority-order`: on a lawful order; `suspected-fraud-report`: a report of suspected fraud or abuse',
    }),
    recipient: z.string().trim().min(1).max(300).openapi({ example: 'Politie Eenheid Utrecht' }),
    recipientAddress: optionalText(320),
    subjectEmail: z
      .union([z.email().max(320), z.literal('')])
      .optional()
      .transform((value) => (value ? value : undefined))
      .openapi({ description: 'E-mail address of the account of the person concerned, if they have one' }),
    subjectDescription: optionalText(1000).openapi({
      description: 'Whom the data is about, in words (required without an account)',
    }),
    dataDescription: z.string().trim().min(1).max(2000).openapi({
      description: 'What was disclosed, in words (never the data itself)',
    }),
    legalBasis: z.enum(LEGAL_BASIS_IDS).openapi({ description: 'Must be one the kind allows' }),
    reference: optionalText(300).openapi({ description: 'The order’s or case number' }),
    disclosedAt: z.iso.datetime({ offset: true }).openapi({ description: 'When the data was handed over' }),
  })
  .openapi('AuthorityDisclosureBody');

const ZBilingual = z.object({ nl: z.string(), en: z.string() });

export const ZDisclosure = z
  .object({
    id: z.uuid(),
    kind: z.string(),
    kindName: ZBilingual,
    recipient: z.string(),
    recipientAddress: z.string().nullable(),
    subject: z.object({ userId: z.uuid(), name: z.string(), email: z.string() }).nullable(),
    subjectDescription: z.string().nullable(),
    dataDescription: z.string(),
    legalBasis: z.string(),
    legalBasisName: ZBilingual,
    reference: z.string().nullable(),
    disclosedAt: z.string(),
    recordedBy: z.string().nullable(),
    organisation: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  })
  .openapi('Disclosure');

export function presentDisclosure(disclosure: DisclosureView): z.infer<typeof ZDisclosure> {
  const kind = DISCLOSURE_KINDS[disclosure.kind as DisclosureKindId];
  const basis = LEGAL_BASES[disclosure.legalBasis as LegalBasis];
  return {
    ...disclosure,
    kindName: kind ? kind.name : { nl: disclosure.kind, en: disclosure.kind },
    legalBasisName: basis
      ? { nl: basis.nl, en: basis.en }
      : { nl: disclosure.legalBasis, en: disclosure.legalBasis },
    disclosedAt: disclosure.disclosedAt.toISOString(),
  };
}

/** What the form offers: the kinds staff record, each with the grounds it allows. */
export const ZDisclosureKindOption = z
  .object({
    id: z.string(),
    name: ZBilingual,
    legalBases: z.array(z.object({ id: z.string(), name: ZBilingual })),
  })
  .openapi('DisclosureKindOption');

export const authorityKindOptions = () =>
  AUTHORITY_DISCLOSURE_KINDS.map((id) => ({
    id,
    name: DISCLOSURE_KINDS[id].name,
    legalBases: DISCLOSURE_KINDS[id].legalBases.map((basis: LegalBasis) => ({
      id: basis,
      name: { nl: LEGAL_BASES[basis].nl, en: LEGAL_BASES[basis].en },
    })),
  }));

export const ZRecipientNotice = z
  .object({
    id: z.uuid(),
    change: z.enum(['rectification', 'erasure', 'restriction']),
    fields: z.array(z.string()).openapi({ description: 'For a rectification: the corrected fields' }),
    recipient: z.string(),
    recipientAddress: z.string().nullable(),
    reference: z.string().nullable(),
    disclosedAt: z.string(),
    status: z.enum(['pending', 'sent', 'to_tell', 'told']).openapi({
      description:
        '`pending`: to be mailed within minutes; `sent`: mailed; `to_tell`: no e-mail address, the operator must tell them; `told`: told by other means',
    }),
    toldAt: z.string().nullable(),
    note: z.string().nullable(),
    createdAt: z.string(),
    organisation: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  })
  .openapi('RecipientNotice');

export const ZNoticeToldBody = z
  .object({
    note: z.string().trim().min(1).max(1000).openapi({
      description: 'How and when the recipient was told (a letter, a call with whom)',
    }),
  })
  .openapi('RecipientNoticeToldBody');

export function presentRecipientNotice(notice: RecipientNoticeView): z.infer<typeof ZRecipientNotice> {
  return {
    ...notice,
    change: notice.change as 'rectification' | 'erasure' | 'restriction',
    status: notice.status as 'pending' | 'sent' | 'to_tell' | 'told',
    disclosedAt: notice.disclosedAt.toISOString(),
    toldAt: notice.toldAt?.toISOString() ?? null,
    createdAt: notice.createdAt.toISOString(),
  };
}
