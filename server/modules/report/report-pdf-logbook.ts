import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Language } from '../../i18n/language.js';
import type { PersonRef } from '../incidents/user-names.js';
import type { IncidentRecord, RecordLogbookEntry } from './incident-record.js';
import { formatDateTime, formatDay, formatTime } from './report-format.js';
import type { ReportPdfDocument, Run } from './report-pdf-document.js';
import type { ReportTexts } from './report-texts.js';

/** Thrown when the download was cancelled: the rest of the report is not worth writing. */
export class ReportCancelled extends Error {}

/**
 * Every so many items, lets other requests run (a long logbook takes a noticeable moment) and
 * lets the finished pages flow to the client.
 */
export async function pauseEvery(pdf: ReportPdfDocument, index: number) {
  if (index % 100 !== 99) return;
  await nextTurn();
  if (pdf.doc.destroyed) throw new ReportCancelled();
}

const nameOf = (texts: ReportTexts, person: PersonRef | null) => person?.name ?? texts.unknownPerson;

/** The logbook in its own order, under a heading per day, corrections shown with what they replaced. */
export async function writeLogbook(
  pdf: ReportPdfDocument,
  record: IncidentRecord,
  texts: ReportTexts,
  language: Language,
) {
  pdf.heading(texts.headings.logbook);
  if (record.logbook.length === 0) pdf.write([{ text: texts.none, style: 'note' }]);
  let day = '';
  for (const [index, entry] of record.logbook.entries()) {
    const entryDay = formatDay(entry.occurredAt, language);
    if (entryDay !== day) {
      pdf.subheading(entryDay);
      day = entryDay;
    }
    writeEntry(pdf, entry, texts, language);
    await pauseEvery(pdf, index);
  }
}

function writeEntry(
  pdf: ReportPdfDocument,
  entry: RecordLogbookEntry,
  texts: ReportTexts,
  language: Language,
) {
  pdf.ensureSpace(40);
  const about = [
    nameOf(texts, entry.author),
    entry.classification?.name,
    ...entry.labels.map((label) => label.name),
  ];
  const header: Run[] = [
    { text: `${entry.sequence}   ${formatTime(entry.occurredAt, language)}`, style: 'strong' },
    { text: `   ${about.filter(Boolean).join(' · ')}`, style: 'muted' },
  ];
  if (entry.isDecision) header.push({ text: `   ${texts.decision}`, style: 'alert' });
  pdf.write(header);
  pdf.write([{ text: entry.text, style: 'body' }], 16);
  if (entry.attachment)
    pdf.write([{ text: `${texts.attachment}: ${entry.attachment.fileName}`, style: 'meta' }], 16);
  if (entry.corrected) {
    const when = `${formatDateTime(entry.createdAt, language)} ${texts.by(nameOf(texts, entry.author))}`;
    pdf.write(
      [
        { text: `${texts.corrected} (${when})`, style: 'alert' },
        {
          text: entry.correctionReason ? ` - ${texts.reason}: ${entry.correctionReason}` : '',
          style: 'body',
        },
      ],
      16,
    );
    for (const revision of entry.earlierRevisions) {
      const label = revision.revision === 1 ? texts.originalText : texts.earlierRevision(revision.revision);
      const written = `${formatDateTime(revision.createdAt, language)} ${texts.by(nameOf(texts, revision.author))}`;
      const reason = revision.correctionReason
        ? `; ${texts.reason.toLowerCase()}: ${revision.correctionReason}`
        : '';
      pdf.write([{ text: `${label} (${written}${reason}):`, style: 'meta' }], 28);
      pdf.write([{ text: revision.text, style: 'note' }], 28);
    }
  }
  pdf.space(0.5);
}

/** The decisions once more, on their own: what a review reads first. */
export function writeDecisions(
  pdf: ReportPdfDocument,
  record: IncidentRecord,
  texts: ReportTexts,
  language: Language,
) {
  pdf.heading(texts.headings.decisions);
  const decisions = record.logbook.filter((entry) => entry.isDecision);
  if (decisions.length === 0) pdf.write([{ text: texts.none, style: 'note' }]);
  for (const entry of decisions) {
    pdf.ensureSpace(36);
    pdf.write([
      { text: `${entry.sequence}   ${formatDateTime(entry.occurredAt, language)}`, style: 'strong' },
      {
        text: `   ${nameOf(texts, entry.author)}${entry.corrected ? ` · ${texts.corrected}` : ''}`,
        style: 'muted',
      },
    ]);
    pdf.write([{ text: entry.text, style: 'body' }], 16);
    pdf.space(0.4);
  }
}

/** The group chat, when there was any, under a heading per day. */
export async function writeChat(
  pdf: ReportPdfDocument,
  record: IncidentRecord,
  texts: ReportTexts,
  language: Language,
) {
  if (record.chatMessages.length === 0) return;
  pdf.heading(texts.headings.chat);
  let day = '';
  for (const [index, message] of record.chatMessages.entries()) {
    const messageDay = formatDay(message.createdAt, language);
    if (messageDay !== day) {
      pdf.subheading(messageDay);
      day = messageDay;
    }
    pdf.write([
      {
        text: `${formatTime(message.createdAt, language)}  ${nameOf(texts, message.author)}: `,
        style: 'strong',
      },
      { text: message.body, style: 'body' },
    ]);
    pdf.space(0.2);
    await pauseEvery(pdf, index);
  }
}
