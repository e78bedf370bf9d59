import { apiRequest } from '../../api/api-client';

/** The shapes and calls of the privacy statement API (server/routes/privacy). */

export type StatementBlock =
  | { kind: 'paragraph' | 'heading'; text: string }
  | { kind: 'list'; items: string[] };

export interface StatementSection {
  id: string;
  /** `free`: written by the operator; `generated`: built from the registers in code. */
  kind: 'free' | 'generated';
  heading: string;
  blocks: StatementBlock[];
}

export interface StatementVersionSummary {
  version: number;
  publishedAt: string;
  changeSummary: string;
}

export interface PrivacyStatement {
  version: number;
  currentVersion: number;
  language: 'nl' | 'en';
  publishedAt: string;
  changeSummary: string;
  sections: StatementSection[];
  versions: StatementVersionSummary[];
  registersChangedSincePublication: boolean;
  /** The operator's text of this version as written, in both languages. */
  freeText: NewStatementVersion;
}

export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

export type DiffLine =
  | { kind: 'same' | 'added' | 'removed'; text: string }
  | { kind: 'changed'; parts: DiffPart[] }
  | { kind: 'folded'; count: number };

export interface StatementDiff {
  from: { version: number; publishedAt: string };
  to: { version: number; publishedAt: string };
  language: 'nl' | 'en';
  lines: DiffLine[];
}

export interface ControllerDetails {
  controllerName: string;
  postalAddress: string;
  email: string;
  phone: string;
  chamberOfCommerceNumber: string;
  privacyOfficerContact: string;
}

export interface BilingualText {
  nl: string;
  en: string;
}

export interface NewStatementVersion {
  introduction: BilingualText;
  closing: BilingualText;
  changeSummary: BilingualText;
}

export interface StatementNotice {
  currentVersion: number;
  publishedAt: string;
  seenVersion: number | null;
  changed: boolean;
}

export function fetchStatement(version: number | undefined, signal?: AbortSignal) {
  const query = version === undefined ? '' : `?version=${version}`;
  return apiRequest<PrivacyStatement>('GET', `/api/privacy/statement${query}`, { signal });
}

export function fetchStatementDiff(from: number, to: number, signal?: AbortSignal) {
  return apiRequest<StatementDiff>('GET', `/api/privacy/statement/diff?from=${from}&to=${to}`, { signal });
}

export function fetchControllerDetails(signal?: AbortSignal) {
  return apiRequest<ControllerDetails>('GET', '/api/privacy/controller', { signal });
}

/** The operator's privacy officer or a platform admin only. */
export function publishStatementVersion(body: NewStatementVersion) {
  return apiRequest<{ version: number }>('POST', '/api/privacy/statement/versions', { body });
}

export function saveControllerDetails(body: ControllerDetails) {
  return apiRequest<ControllerDetails>('PUT', '/api/privacy/controller', { body });
}

export function fetchStatementNotice(signal?: AbortSignal) {
  return apiRequest<StatementNotice>('GET', '/api/me/privacy-statement', { signal });
}

export function markStatementSeen(version: number) {
  return apiRequest<undefined>('POST', '/api/me/privacy-statement/seen', { body: { version } });
}
