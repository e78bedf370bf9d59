import type { Language } from '../../i18n/language.js';
import { csvDocument } from './csv-document.js';
import type { IncidentRecord, RecordLogbookRevision, RecordTask } from './incident-record.js';
import { formatDateTime, formatSortableTime } from './report-format.js';
import { REPORT_TEXTS, type ReportTexts } from './report-texts.js';

interface TimelineRow {
  kind: string;
  time: string;
  number: string;
  revision: string;
  author: string;
  classification: string;
  labels: string;
  decision: string;
  text: string;
  correctionReason: string;
}

/**
 * The incident as one chronological table: logbook entries (earlier revisions included and marked),
 * tasks, situation-picture versions and chat messages. Semicolon-separated UTF-8 with a byte-order
 * mark, so Dutch spreadsheet programs open it with the accents intact.
 */
export function renderTimelineCsv(record: IncidentRecord, language: Language): string {
  const texts = REPORT_TEXTS[language];
  const rows = [
    ...record.logbook.flatMap((entry) => [
      ...entry.earlierRevisions.map((revision) =>
        logbookRow(texts, texts.csvKinds.earlierRevision, entry.sequence, revision),
      ),
      logbookRow(texts, texts.csvKinds.entry, entry.sequence, entry),
    ]),
    ...record.tasks.map((task) => taskRow(texts, language, task)),
    ...record.situationVersions.map((version) =>
      row({
        kind: texts.csvKinds.situation,
        time: version.createdAt,
        number: String(version.version),
        author: version.author?.name ?? '',
        text: version.sections.map((section) => `${section.title}:\n${section.content}`).join('\n\n'),
      }),
    ),
    ...record.chatMessages.map((message) =>
      row({
        kind: texts.csvKinds.chat,
        time: message.createdAt,
        author: message.author?.name ?? '',
        text: message.body,
      }),
    ),
  ];
  // A stable sort on UTC ISO times: earlier revisions stay just before the entry that replaced them.
  rows.sort((a, b) => (a.time < b.time ? -1 : a.time > b.time ? 1 : 0));
  return csvDocument(
    texts.csvColumns,
    rows.map((cells) => [
      cells.kind,
      formatSortableTime(cells.time),
      cells.number,
      cells.revision,
      cells.author,
      cells.classification,
      cells.labels,
      cells.decision,
      cells.text,
      cells.correctionReason,
    ]),
  );
}

function logbookRow(texts: ReportTexts, kind: string, sequence: number, revision: RecordLogbookRevision) {
  return row({
    kind,
    time: revision.occurredAt,
    number: String(sequence),
    revision: String(revision.revision),
    author: revision.author?.name ?? '',
    classification: revision.classification?.name ?? '',
    labels: revision.labels.map((label) => label.name).join(', '),
    decision: revision.isDecision ? texts.yes : '',
    text: revision.text,
    correctionReason: revision.correctionReason ?? '',
  });
}

function taskRow(texts: ReportTexts, language: Language, task: RecordTask) {
  const owner = [task.owner.user?.name, task.owner.role?.name].filter(Boolean).join(' / ');
  const details = [
    task.title,
    task.description,
    `${texts.fields.status}: ${texts.taskStatus[task.status]}`,
    owner && `${texts.fields.owner}: ${owner}`,
    task.deadline && `${texts.fields.deadline}: ${formatDateTime(task.deadline, language)}`,
    ...task.checklist.map((item) => `[${item.done ? 'x' : ' '}] ${item.text}`),
  ];
  return row({
    kind: texts.csvKinds.task,
    time: task.createdAt,
    author: task.createdBy?.name ?? '',
    text: details.filter(Boolean).join('\n'),
  });
}

const row = (cells: Partial<TimelineRow> & Pick<TimelineRow, 'kind' | 'time'>): TimelineRow => ({
  number: '',
  revision: '',
  author: '',
  classification: '',
  labels: '',
  decision: '',
  text: '',
  correctionReason: '',
  ...cells,
});
