import { csvDocument } from '../../report/csv-document.js';
import { CSV_HEADINGS, RECORD_PHRASES } from './record-phrases.js';
import type { ProcessingRecords, RecordActivity, RecordGroup, RecordRecipient } from './record-types.js';

type Column = keyof typeof CSV_HEADINGS;
const COLUMNS = Object.keys(CSV_HEADINGS) as Column[];

// A cell holds a list as lines, so a spreadsheet shows it as a readable block.
const lines = (items: string[]) => items.join('\n');
const groups = (list: RecordGroup[]) =>
  lines(list.map((group) => `${group.heading}: ${group.items.join(', ')}`));
const recipient = (entry: RecordRecipient) =>
  `${entry.name} (${entry.role}): ${entry.task}. ${entry.location}. ${entry.safeguards}`;
const transfers = (list: RecordRecipient[]) =>
  lines(list.map((entry) => `${entry.name}: ${entry.transferText}. ${entry.safeguards}`));
const party = (value: { name: string; contact: string[]; privacyOfficer: string }, officer: string) =>
  lines([value.name, ...value.contact, `${officer}: ${value.privacyOfficer}`]);
// An empty cell would read as forgotten; the record says that the data map has nothing.
const orNone = (text: string, none: string) => (text === '' ? none : text);

/**
 * The records as one table: a row per activity of the controller record, then a row per customer
 * organisation and activity of the processor record, each row complete on its own.
 */
export function renderRecordsCsv(records: ProcessingRecords): string {
  const lang = records.language;
  const officer = RECORD_PHRASES.privacyOfficer[lang];
  const notInDataMap = RECORD_PHRASES.notInDataMap[lang];
  const common = { generatedAt: records.generatedAt, statementVersion: String(records.statement.version) };
  const activityCells = (activity: RecordActivity) => ({
    activity: activity.name,
    description: activity.description,
    capacity: activity.capacity,
    legalBasis: lines([...activity.legalBases, activity.basisNote]),
    dataSubjects: orNone(lines(activity.dataSubjects), notInDataMap),
    personalData: orNone(groups(activity.personalData), notInDataMap),
    recipients: lines(activity.recipients.map(recipient)),
    transfers: transfers(activity.recipients),
    retention: orNone(groups(activity.retention), notInDataMap),
  });
  const { controllerRecord: own, processorRecord: onBehalf } = records;
  const rows: Record<Column, string>[] = [
    ...own.activities.map((activity) => ({
      register: RECORD_PHRASES.registerController[lang],
      controller: party(own.controller, officer),
      processor: '',
      ...activityCells(activity),
      security: lines(own.securityMeasures.map((measure) => measure.text)),
      ...common,
    })),
    ...onBehalf.organisations.flatMap((organisation) =>
      onBehalf.activities.map((activity) => ({
        register: RECORD_PHRASES.registerProcessor[lang],
        controller: lines([organisation.name, organisation.contact, organisation.status]),
        processor: party(onBehalf.processor, officer),
        ...activityCells(activity),
        security: lines(
          [...organisation.securityMeasures, ...onBehalf.securityMeasures].map((measure) => measure.text),
        ),
        ...common,
      })),
    ),
  ];
  return csvDocument(
    COLUMNS.map((column) => CSV_HEADINGS[column][lang]),
    rows.map((row) => COLUMNS.map((column) => row[column])),
  );
}
