/** Section contents by key. */
export type SectionContents = ReadonlyMap<string, string>;

export interface MergeOutcome {
  /** The contents of the new version: the latest one with the caller's changes applied. */
  contents: Map<string, string>;
  /** Keys the caller and someone else both changed, differently, since the caller's base. */
  conflicts: string[];
}

/**
 * Three-way merge per section. The caller edited `base`; meanwhile the picture moved on to `latest`.
 * A section the caller did not change keeps the latest content; one only the caller changed takes
 * the caller's text; one both changed to different texts is a conflict, because silently keeping
 * either would lose what someone wrote during a crisis.
 */
export function mergeSections(
  base: SectionContents,
  latest: SectionContents,
  sent: { key: string; content: string }[],
): MergeOutcome {
  const contents = new Map(latest);
  const conflicts: string[] = [];
  for (const { key, content } of sent) {
    const before = base.get(key) ?? '';
    const now = latest.get(key) ?? '';
    if (content === before || content === now) continue;
    if (now === before) contents.set(key, content);
    else conflicts.push(key);
  }
  return { contents, conflicts };
}
