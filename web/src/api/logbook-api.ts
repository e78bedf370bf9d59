import { apiRequest } from './api-client';
import type { PersonRef } from './incidents-api';

export interface LogbookAttachment {
  id: string;
  fileName: string;
  contentType: string;
  byteSize: number;
}

/** One entry of an incident's logbook, as its latest revision (a correction keeps the sequence). */
export interface LogbookEntry {
  id: string;
  sequence: number;
  revision: number;
  author: PersonRef;
  classification: { id: string; name: string } | null;
  labels: { id: string; name: string }[];
  isDecision: boolean;
  text: string;
  occurredAt: string;
  createdAt: string;
  attachment: LogbookAttachment | null;
  correctionReason: string | null;
  corrected: boolean;
}

export interface NewLogbookEntry {
  text: string;
  classificationId?: string | null;
  labelIds?: string[];
  isDecision?: boolean;
  occurredAt?: string;
  attachment?: { fileName: string; contentType: string; contentBase64: string };
}

export interface LogbookCorrection {
  text: string;
  reason: string;
  classificationId?: string | null;
  labelIds?: string[];
  isDecision?: boolean;
}

/** The largest attachment the server takes. */
export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;

function logbookPath(incidentId: string): string {
  return `/api/incidents/${encodeURIComponent(incidentId)}/logbook`;
}

/** Every current entry, in sequence order; the room filters them itself, so live entries need no new request. */
export function listLogbook(incidentId: string, signal?: AbortSignal) {
  return apiRequest<LogbookEntry[]>('GET', logbookPath(incidentId), { signal });
}

export function addLogbookEntry(incidentId: string, entry: NewLogbookEntry) {
  return apiRequest<LogbookEntry>('POST', logbookPath(incidentId), { body: entry });
}

export function correctLogbookEntry(incidentId: string, entryId: string, correction: LogbookCorrection) {
  return apiRequest<LogbookEntry>(
    'POST',
    `${logbookPath(incidentId)}/${encodeURIComponent(entryId)}/corrections`,
    { body: correction },
  );
}

/** All revisions of an entry, the original first. */
export function logbookEntryHistory(incidentId: string, entryId: string, signal?: AbortSignal) {
  return apiRequest<LogbookEntry[]>(
    'GET',
    `${logbookPath(incidentId)}/${encodeURIComponent(entryId)}/history`,
    {
      signal,
    },
  );
}

export function attachmentUrl(incidentId: string, attachmentId: string): string {
  return `/api/incidents/${encodeURIComponent(incidentId)}/attachments/${encodeURIComponent(attachmentId)}`;
}
