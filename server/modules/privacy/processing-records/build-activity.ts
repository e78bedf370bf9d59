import { LEGAL_BASES } from '../legal-bases.js';
import { PERSONAL_DATA_CATEGORIES, type PersonalDataCategory } from '../personal-data/categories.js';
import type { DataMapEntry } from '../personal-data/map-table.js';
import type { ProcessorEntry } from '../processor-entries.js';
import { PURPOSES, type PurposeId } from '../purposes.js';
import { describeRetention } from '../statement/describe-retention.js';
import { STATEMENT_PHRASES } from '../statement/statement-phrases.js';
import type { StatementLanguage } from '../statement/statement-types.js';
import { DATA_SUBJECT_CATEGORIES, type DataSubjectCategory, subjectCategoriesOf } from './data-subjects.js';
import { CAPACITIES, RECORD_PHRASES } from './record-phrases.js';
import type { RecordActivity, RecordGroup, RecordRecipient } from './record-types.js';
import { TRANSFER_TEXTS, transferOf } from './transfers.js';

/** What every activity is built from: the registers in code and this installation's processors. */
export interface ActivitySources {
  dataMap: readonly DataMapEntry[];
  processors: readonly ProcessorEntry[];
  graceDays: number;
}

const unique = <T>(values: T[]) => [...new Set(values)];

/** Values grouped under a heading, in first-seen order, each value once. */
function grouped(pairs: [string, string][]): RecordGroup[] {
  const groups = new Map<string, string[]>();
  for (const [heading, item] of pairs) groups.set(heading, unique([...(groups.get(heading) ?? []), item]));
  return [...groups.entries()].map(([heading, items]) => ({ heading, items }));
}

export function recipientOf(entry: ProcessorEntry, lang: StatementLanguage): RecordRecipient {
  const transfer = transferOf(entry);
  return {
    id: entry.id,
    name: entry.name[lang],
    kind: entry.role,
    role: STATEMENT_PHRASES.processorRoles[entry.role][lang],
    task: entry.task[lang],
    dataKinds: entry.dataKinds[lang],
    location: entry.location?.[lang] ?? RECORD_PHRASES.locationUnknown[lang],
    transfer,
    transferText: TRANSFER_TEXTS[transfer][lang],
    safeguards: entry.safeguards[lang],
    agreementDate: entry.agreementDate,
  };
}

/**
 * One purpose as a processing activity: its data-map columns give the data subjects, the kinds of
 * data and the retention; the processors that name the purpose are its recipients.
 */
export function buildActivity(
  id: PurposeId,
  lang: StatementLanguage,
  sources: ActivitySources,
): RecordActivity {
  const purpose = PURPOSES[id];
  const entries = sources.dataMap.filter((entry) => entry.purpose === id);
  const categoryOrder = Object.keys(PERSONAL_DATA_CATEGORIES) as PersonalDataCategory[];
  const byCategory = [...entries].sort(
    (a, b) => categoryOrder.indexOf(a.category) - categoryOrder.indexOf(b.category),
  );
  const subjectOrder = Object.keys(DATA_SUBJECT_CATEGORIES) as DataSubjectCategory[];
  const subjects = unique(entries.flatMap(subjectCategoriesOf)).sort(
    (a, b) => subjectOrder.indexOf(a) - subjectOrder.indexOf(b),
  );
  const bases = unique([...purpose.legalBases, ...entries.map((entry) => entry.legalBasis)]);
  return {
    purposeId: id,
    name: purpose.name[lang],
    description: purpose.description[lang],
    capacity: CAPACITIES[purpose.controller][lang],
    legalBases: bases.map((basis) => `${LEGAL_BASES[basis][lang]} (${LEGAL_BASES[basis].article})`),
    basisNote: purpose.basisNote[lang],
    dataSubjects: subjects.map((subject) => DATA_SUBJECT_CATEGORIES[subject][lang]),
    personalData: grouped(
      byCategory.map((entry) => [PERSONAL_DATA_CATEGORIES[entry.category][lang], entry.description[lang]]),
    ),
    recipients: sources.processors
      .filter((entry) => (entry.purposes as readonly string[]).includes(id))
      .map((entry) => recipientOf(entry, lang)),
    retention: grouped(
      entries.map((entry) => [
        describeRetention(entry.retention, sources.graceDays)[lang],
        entry.description[lang],
      ]),
    ),
  };
}
