import { DISCLOSURE_KINDS, type DisclosureKindId } from '../disclosures.js';
import { LEGAL_BASES, type LegalBasis } from '../legal-bases.js';
import type { DataMapEntry } from '../personal-data/map-table.js';
import type { ProcessorEntry } from '../processor-entries.js';
import type { AccessReportRecipient } from './access-report.js';

// Recipients (GDPR art. 15(1)(c)): the processors that handle a purpose, the customer organisation
// whose admins see its people's data, and the delivery services that carry messages to the person.

/** Values handed to a delivery service to reach the person: their contact details and messages. */
const DELIVERED = new Set(['users.email', 'users.phone', 'push_subscriptions.endpoint']);
const DELIVERY_TABLES = new Set<string>(
  DISCLOSURE_KINDS['processor-delivery'].log.kind === 'existing-tables'
    ? DISCLOSURE_KINDS['processor-delivery'].log.tables
    : [],
);

const REPORTED_DISCLOSURES: DisclosureKindId[] = ['customer-organisation', 'processor-delivery'];

export function recipientsOfField(entry: DataMapEntry, processors: readonly ProcessorEntry[]): string[] {
  const ids = processors.filter((processor) => processor.purposes.includes(entry.purpose)).map((p) => p.id);
  ids.push('customer-organisation');
  if (DELIVERY_TABLES.has(entry.table) || DELIVERED.has(`${entry.table}.${entry.column}`))
    ids.push('processor-delivery');
  return ids;
}

export function recipientsFor(processors: readonly ProcessorEntry[]): AccessReportRecipient[] {
  return [
    ...processors.map((processor) => ({
      id: processor.id,
      name: processor.name,
      kind: processor.role,
      task: processor.task,
      location: processor.location,
    })),
    ...REPORTED_DISCLOSURES.map((id) => ({
      id,
      name: DISCLOSURE_KINDS[id].recipient,
      kind: 'disclosure' as const,
      task: DISCLOSURE_KINDS[id].explanation,
      location: null,
    })),
  ];
}

/** A disclosure recorded about the person (P11), as the report names its recipient. */
export interface RecordedDisclosure {
  id: string;
  kind: string;
  recipient: string;
  dataDescription: string;
  legalBasis: string;
  disclosedAt: Date;
}

/** The actual disclosures about the person: to whom, what, on which ground and when (art. 15(1)(c)). */
export function recordedRecipients(disclosures: readonly RecordedDisclosure[]): AccessReportRecipient[] {
  return disclosures.map((disclosure) => {
    const kind = DISCLOSURE_KINDS[disclosure.kind as DisclosureKindId];
    const basis = LEGAL_BASES[disclosure.legalBasis as LegalBasis];
    const day = disclosure.disclosedAt.toISOString().slice(0, 10);
    const text = (lang: 'nl' | 'en', on: string, ground: string) =>
      `${kind?.name[lang] ?? disclosure.kind}, ${on} ${day}: ${disclosure.dataDescription} (${ground}: ${basis?.[lang] ?? disclosure.legalBasis})`;
    return {
      id: `disclosure:${disclosure.id}`,
      name: { nl: disclosure.recipient, en: disclosure.recipient },
      kind: 'disclosure' as const,
      task: { nl: text('nl', 'op', 'grondslag'), en: text('en', 'on', 'legal basis') },
      location: null,
    };
  });
}
