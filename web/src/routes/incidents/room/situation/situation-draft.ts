import type { Incident } from '../../../../api/incidents-api';
import type { SituationVersion, SituationVersionSummary } from '../../../../api/situation-api';

export interface SectionDefinition {
  key: string;
  title: string;
  hint: string;
}

/**
 * The sections to show: the incident's, in its order, then any a version has that the incident no
 * longer lists (so no text is ever hidden).
 */
export function sectionsOf(incident: Incident, version: SituationVersion | undefined): SectionDefinition[] {
  const sections: SectionDefinition[] = [...incident.situationSections];
  for (const section of version?.sections ?? []) {
    if (!sections.some((item) => item.key === section.key)) {
      sections.push({ key: section.key, title: section.title, hint: '' });
    }
  }
  return sections;
}

export function contentOf(version: SituationVersion | undefined, key: string): string {
  return version?.sections.find((section) => section.key === key)?.content ?? '';
}

/**
 * The picture being edited. `start` is what the person saw when they began; `touched` the sections
 * they typed in. Sections they did not touch follow newer versions by themselves, so saving never
 * undoes someone else's work in a section this person did not change.
 */
export interface SituationDraft {
  baseVersion: number;
  start: Record<string, string>;
  texts: Record<string, string>;
  touched: string[];
  /** Their own text, kept aside when they took over someone else's (so they can get it back). */
  setAside: Record<string, string>;
}

export function startDraft(version: SituationVersion, sections: SectionDefinition[]): SituationDraft {
  const texts = Object.fromEntries(sections.map((section) => [section.key, contentOf(version, section.key)]));
  return { baseVersion: version.version, start: texts, texts, touched: [], setAside: {} };
}

/** Builds on a newer version: untouched sections take its text, typed text stays as it is. */
export function adoptVersion(
  draft: SituationDraft,
  version: SituationVersion,
  sections: SectionDefinition[],
): SituationDraft {
  if (version.version <= draft.baseVersion) return draft;
  const texts = { ...draft.texts };
  for (const section of sections) {
    if (!draft.touched.includes(section.key)) texts[section.key] = contentOf(version, section.key);
  }
  return { ...draft, baseVersion: version.version, texts };
}

export function typeIn(draft: SituationDraft, key: string, text: string): SituationDraft {
  return {
    ...draft,
    texts: { ...draft.texts, [key]: text },
    touched: draft.touched.includes(key) ? draft.touched : [...draft.touched, key],
  };
}

/**
 * Someone else's newer text for a section this person also changed, or undefined when there is
 * nothing to compare.
 */
export function othersText(draft: SituationDraft, latest: SituationVersion, key: string): string | undefined {
  if (!draft.touched.includes(key)) return undefined;
  const theirs = contentOf(latest, key);
  if (theirs === (draft.start[key] ?? '') || theirs === draft.texts[key]) return undefined;
  return theirs;
}

/** The list of versions with one more, newest first, without duplicates. */
export function withVersion(
  versions: SituationVersionSummary[],
  version: SituationVersionSummary,
): SituationVersionSummary[] {
  const summary = { version: version.version, author: version.author, createdAt: version.createdAt };
  return [summary, ...versions.filter((item) => item.version !== version.version)].sort(
    (a, b) => b.version - a.version,
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** The version of a `situation.saved` event. */
export function versionFrom(payload: unknown): SituationVersion | undefined {
  if (!isRecord(payload) || !isRecord(payload.version)) return undefined;
  const version = payload.version;
  if (typeof version.version !== 'number' || !Array.isArray(version.sections)) return undefined;
  // The server sends the same DTO as GET …/situation/versions/{version}.
  return version as unknown as SituationVersion;
}
