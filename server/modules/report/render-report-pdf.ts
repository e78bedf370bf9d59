import type { Readable } from 'node:stream';
import type { Language } from '../../i18n/language.js';
import type { PersonRef } from '../incidents/user-names.js';
import type { IncidentRecord, RecordParticipant } from './incident-record.js';
import { formatDateTime } from './report-format.js';
import { ReportPdfDocument } from './report-pdf-document.js';
import {
  pauseEvery,
  ReportCancelled,
  writeChat,
  writeDecisions,
  writeLogbook,
} from './report-pdf-logbook.js';
import { REPORT_TEXTS, type ReportTexts } from './report-texts.js';

/**
 * Starts writing the incident report and returns the PDF as a stream that carries each page as
 * soon as it is full, so a long logbook starts downloading at once. `onError` hears of a failure
 * halfway (the stream then breaks off, and the download is incomplete rather than wrong).
 */
export function renderReportPdf(
  record: IncidentRecord,
  language: Language,
  onError: (error: unknown) => void,
): Readable {
  const texts = REPORT_TEXTS[language];
  const { incident } = record;
  const generated = formatDateTime(record.generatedAt, language);
  const pdf = new ReportPdfDocument({
    title: `${texts.incident(incident.number)}: ${incident.title}`,
    language: language === 'nl' ? 'nl-NL' : 'en-GB',
    exerciseLabel: incident.isExercise ? texts.exercise : null,
    footerLeft: `${texts.incident(incident.number)} · ${incident.title}`,
    footerRight: (page) => `${texts.page(page)} · ${texts.generatedOn(generated)}`,
  });
  writeReport(pdf, record, texts, language).then(
    () => pdf.doc.end(),
    (error: unknown) => {
      if (error instanceof ReportCancelled) return;
      onError(error);
      pdf.doc.destroy(error instanceof Error ? error : new Error(String(error)));
    },
  );
  return pdf.doc;
}

async function writeReport(
  pdf: ReportPdfDocument,
  record: IncidentRecord,
  texts: ReportTexts,
  language: Language,
) {
  writeOverview(pdf, record, texts, language);
  writeParticipants(pdf, record.participants, texts, language);
  await writeLogbook(pdf, record, texts, language);
  writeDecisions(pdf, record, texts, language);
  await writeTasks(pdf, record, texts, language);
  await writeSituation(pdf, record, texts, language);
  writeLocations(pdf, record, texts, language);
  await writeChat(pdf, record, texts, language);
}

const nameOf = (texts: ReportTexts, person: PersonRef | null) => person?.name ?? texts.unknownPerson;

function writeOverview(
  pdf: ReportPdfDocument,
  record: IncidentRecord,
  texts: ReportTexts,
  language: Language,
) {
  const { incident } = record;
  const when = (at: string | null, by: PersonRef | null) =>
    at ? `${formatDateTime(at, language)} ${texts.by(nameOf(texts, by))}` : '';
  pdf.write([{ text: texts.reportTitle, style: 'meta' }]);
  pdf.write([{ text: `${texts.incident(incident.number)}: ${incident.title}`, style: 'title' }]);
  pdf.space();
  if (incident.isExercise) pdf.banner(`${texts.exercise} - ${texts.exerciseNotice}`);
  pdf.heading(texts.headings.overview);
  pdf.field(texts.fields.organisation, record.organisation.name);
  pdf.field(texts.fields.status, texts.status[incident.status]);
  pdf.field(
    texts.fields.started,
    incident.startedByIntegration
      ? `${formatDateTime(incident.startedAt, language)} ${texts.by(texts.integration)}`
      : when(incident.startedAt, incident.startedBy),
  );
  pdf.field(texts.fields.closed, when(incident.closedAt, incident.closedBy));
  pdf.field(texts.fields.archived, when(incident.archivedAt, incident.archivedBy));
  pdf.field(texts.fields.scenario, incident.template?.title ?? '');
  pdf.field(texts.fields.labels, incident.labels.join(', '));
  pdf.field(texts.fields.description, incident.description);
  pdf.field(texts.fields.alertText, incident.alertText);
}

function writeParticipants(
  pdf: ReportPdfDocument,
  participants: RecordParticipant[],
  texts: ReportTexts,
  language: Language,
) {
  pdf.heading(texts.headings.participants);
  if (participants.length === 0) pdf.write([{ text: texts.none, style: 'note' }]);
  const byTeam = new Map<string, RecordParticipant[]>();
  for (const participant of participants) {
    const team = participant.teamName ?? '';
    const members = byTeam.get(team);
    if (members) members.push(participant);
    else byTeam.set(team, [participant]);
  }
  // Teams alphabetically, people added without a team last.
  const teams = [...byTeam.keys()].sort((a, b) =>
    a === '' ? 1 : b === '' ? -1 : a.localeCompare(b, language),
  );
  for (const team of teams) {
    pdf.subheading(team || texts.noTeam);
    for (const participant of byTeam.get(team) ?? []) {
      const presence = participant.presenceChangedAt
        ? `${texts.presence[participant.presence]} (${formatDateTime(participant.presenceChangedAt, language)})`
        : texts.presence[participant.presence];
      pdf.write(
        [
          { text: nameOf(texts, participant.user), style: 'strong' },
          { text: participant.jobTitle ? `, ${participant.jobTitle}` : '', style: 'muted' },
          { text: participant.roleName ? ` · ${participant.roleName}` : '', style: 'body' },
          { text: ` · ${presence}`, style: 'muted' },
        ],
        8,
      );
    }
  }
}

async function writeTasks(
  pdf: ReportPdfDocument,
  record: IncidentRecord,
  texts: ReportTexts,
  language: Language,
) {
  pdf.heading(texts.headings.tasks);
  if (record.tasks.length === 0) pdf.write([{ text: texts.none, style: 'note' }]);
  for (const [index, task] of record.tasks.entries()) {
    pdf.ensureSpace(50);
    pdf.write([
      { text: task.title, style: 'strong' },
      { text: `   ${texts.taskStatus[task.status]}`, style: 'muted' },
    ]);
    const owner = [task.owner.user?.name, task.owner.role?.name].filter(Boolean).join(' / ');
    pdf.field(texts.fields.owner, owner, 16);
    pdf.field(texts.fields.deadline, task.deadline ? formatDateTime(task.deadline, language) : '', 16);
    if (task.completedAt)
      pdf.field(
        texts.fields.completed,
        `${formatDateTime(task.completedAt, language)} ${texts.by(nameOf(texts, task.completedBy))}`,
        16,
      );
    if (task.description) pdf.write([{ text: task.description, style: 'body' }], 16);
    for (const item of task.checklist)
      pdf.write([{ text: `[${item.done ? 'x' : '  '}]  ${item.text}`, style: 'body' }], 24);
    pdf.space(0.5);
    await pauseEvery(pdf, index);
  }
}

async function writeSituation(
  pdf: ReportPdfDocument,
  record: IncidentRecord,
  texts: ReportTexts,
  language: Language,
) {
  pdf.heading(texts.headings.situation);
  if (record.situationVersions.length === 0) pdf.write([{ text: texts.none, style: 'note' }]);
  for (const [index, version] of record.situationVersions.entries()) {
    pdf.subheading(
      `${texts.version(version.version)} · ${nameOf(texts, version.author)} · ${formatDateTime(version.createdAt, language)}`,
    );
    for (const section of version.sections) {
      pdf.write([{ text: section.title, style: 'strong' }], 8);
      pdf.write([{ text: section.content.trim() || '-', style: 'body' }], 8);
      pdf.space(0.3);
    }
    await pauseEvery(pdf, index);
  }
}

function writeLocations(
  pdf: ReportPdfDocument,
  record: IncidentRecord,
  texts: ReportTexts,
  language: Language,
) {
  pdf.heading(texts.headings.locations);
  if (record.locations.length === 0) pdf.write([{ text: texts.none, style: 'note' }]);
  for (const location of record.locations) {
    pdf.ensureSpace(40);
    pdf.write([{ text: location.name, style: 'strong' }]);
    pdf.field(texts.fields.address, location.address, 8);
    if (location.latitude !== null && location.longitude !== null)
      pdf.field(
        texts.fields.coordinates,
        `${location.latitude.toFixed(5)}, ${location.longitude.toFixed(5)}`,
        8,
      );
    if (location.description) pdf.write([{ text: location.description, style: 'body' }], 8);
    pdf.field(
      texts.fields.addedBy,
      `${nameOf(texts, location.addedBy)}, ${formatDateTime(location.createdAt, language)}`,
      8,
    );
    pdf.space(0.4);
  }
}
