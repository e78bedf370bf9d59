/** One stretch of a diff: kept, added in the newer text, or removed from the older one. */
export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/**
 * A line of the diff. A changed line carries its words, so a reader sees the one word that
 * changed in a long paragraph; runs of unchanged lines far from a change are folded.
 */
export type DiffLine =
  | { kind: 'same' | 'added' | 'removed'; text: string }
  | { kind: 'changed'; parts: DiffPart[] }
  | { kind: 'folded'; count: number };

/** Longest-common-subsequence diff of two token lists; statements are a few hundred lines at most. */
function diffTokens(before: readonly string[], after: readonly string[]): DiffPart[] {
  const n = before.length;
  const m = after.length;
  const lengths = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const row = lengths[i] as Uint32Array;
      const below = lengths[i + 1] as Uint32Array;
      row[j] =
        before[i] === after[j]
          ? (below[j + 1] as number) + 1
          : Math.max(below[j] as number, row[j + 1] as number);
    }
  }
  const parts: DiffPart[] = [];
  let i = 0;
  let j = 0;
  const at = (a: number, b: number) => (lengths[a] as Uint32Array)[b] as number;
  while (i < n || j < m) {
    if (i < n && j < m && before[i] === after[j]) {
      parts.push({ kind: 'same', text: before[i++] as string });
      j++;
    } else if (i < n && (j === m || at(i + 1, j) >= at(i, j + 1))) {
      parts.push({ kind: 'removed', text: before[i++] as string });
    } else {
      parts.push({ kind: 'added', text: after[j++] as string });
    }
  }
  return parts;
}

/** Word-level parts of a changed line, with neighbouring parts of one kind joined. */
function diffWords(before: string, after: string): DiffPart[] {
  const words = (text: string) => text.split(/(\s+)/).filter((word) => word !== '');
  const joined: DiffPart[] = [];
  for (const part of diffTokens(words(before), words(after))) {
    const last = joined[joined.length - 1];
    if (last && last.kind === part.kind) last.text += part.text;
    else joined.push({ ...part });
  }
  return joined;
}

/** How many unchanged lines stay visible around a change. */
const CONTEXT = 2;

/**
 * The readable difference between two texts: whole lines added or removed; within a run of
 * changes, removed and added lines are paired up and shown as changed lines with their words marked.
 */
// @promise P16 a readable difference between two versions
export function diffLines(before: readonly string[], after: readonly string[]): DiffLine[] {
  const lines: DiffLine[] = [];
  let removed: string[] = [];
  let added: string[] = [];
  const flush = () => {
    const paired = Math.min(removed.length, added.length);
    for (let index = 0; index < paired; index++)
      lines.push({ kind: 'changed', parts: diffWords(removed[index] as string, added[index] as string) });
    lines.push(...removed.slice(paired).map((text) => ({ kind: 'removed' as const, text })));
    lines.push(...added.slice(paired).map((text) => ({ kind: 'added' as const, text })));
    removed = [];
    added = [];
  };
  for (const part of diffTokens(before, after)) {
    if (part.kind === 'removed') removed.push(part.text);
    else if (part.kind === 'added') added.push(part.text);
    else {
      flush();
      lines.push(part);
    }
  }
  flush();
  return fold(lines);
}

function fold(lines: DiffLine[]): DiffLine[] {
  const changed = lines.map((line) => line.kind !== 'same');
  const near = (index: number) =>
    changed.slice(Math.max(0, index - CONTEXT), index + CONTEXT + 1).some(Boolean);
  const folded: DiffLine[] = [];
  for (const [index, line] of lines.entries()) {
    if (near(index)) {
      folded.push(line);
      continue;
    }
    const last = folded[folded.length - 1];
    if (last?.kind === 'folded') last.count++;
    else folded.push({ kind: 'folded', count: 1 });
  }
  return folded;
}
