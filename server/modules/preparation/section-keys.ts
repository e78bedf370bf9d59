import type { SituationSection } from '../../db/schema/preparation.js';

export interface SectionInput {
  key?: string;
  title: string;
  hint?: string;
}

const MAX_KEY_LENGTH = 60;

/** A key from a title: "Oordeelsvorming (wat betekent het?)" → "oordeelsvorming-wat-betekent-het". */
export function keyFromTitle(title: string): string {
  const key = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_KEY_LENGTH)
    .replace(/^-+|-+$/g, '');
  return key || 'sectie';
}

/**
 * The sections as stored: every section gets a key, generated from its title when none was given,
 * with -2, -3… added when that key is taken. Keys given stay as they are (the schema checked they
 * are unique), so an edited template keeps the keys incidents may already refer to.
 */
export function withSectionKeys(sections: SectionInput[]): SituationSection[] {
  const taken = new Set(sections.flatMap((section) => (section.key ? [section.key] : [])));
  return sections.map((section) => {
    let key = section.key;
    if (!key) {
      const base = keyFromTitle(section.title);
      key = base;
      for (let n = 2; taken.has(key); n++)
        key = `${base.slice(0, MAX_KEY_LENGTH - String(n).length - 1)}-${n}`;
      taken.add(key);
    }
    return { key, title: section.title, hint: section.hint ?? '' };
  });
}
