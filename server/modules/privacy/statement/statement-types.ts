import type { BilingualText } from '../../../../common/privacy/browser-storage.js';

export type StatementLanguage = keyof BilingualText;

/** A piece of statement text: plain text, never HTML, so the web app renders it safely. */
export type StatementBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'list'; items: string[] };

/** The sections the operator writes; everything else is generated from the registers. */
export const FREE_SECTION_IDS = ['introduction', 'closing'] as const;
export type FreeSectionId = (typeof FREE_SECTION_IDS)[number];

export const GENERATED_SECTION_IDS = [
  'purposes',
  'data-kinds',
  'retention',
  'recipients',
  'processors',
  'cookies',
  'rights',
  'complaints',
  'changes',
  'controller',
] as const;
export type GeneratedSectionId = (typeof GENERATED_SECTION_IDS)[number];

export interface StatementSection {
  id: FreeSectionId | GeneratedSectionId;
  kind: 'free' | 'generated';
  heading: string;
  blocks: StatementBlock[];
}

/** The operator's text of one version, in both languages. */
export interface FreeText {
  introduction: BilingualText;
  closing: BilingualText;
  changeSummary: BilingualText;
}
