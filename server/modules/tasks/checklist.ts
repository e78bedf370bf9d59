import { uuidv7 } from '../../db/ids.js';
import type { ChecklistItem } from '../../db/schema/incidents.js';

/** A new checklist from its texts, every item open. */
export const newChecklist = (texts: string[]): ChecklistItem[] =>
  texts.map((text) => ({ id: uuidv7(), text, done: false }));

/**
 * The checklist as the client sent it, with ids the server controls: an item that names one of the
 * task's current items keeps that id (so "ticked" stays attached to the same line for everyone);
 * anything else (new, unknown, or a repeated id) gets a fresh one.
 */
export function mergeChecklist(
  current: ChecklistItem[],
  sent: { id?: string | undefined; text: string; done: boolean }[],
): ChecklistItem[] {
  const known = new Set(current.map((item) => item.id));
  const used = new Set<string>();
  return sent.map((item) => {
    const keep = item.id !== undefined && known.has(item.id) && !used.has(item.id);
    const id = keep && item.id ? item.id : uuidv7();
    used.add(id);
    return { id, text: item.text, done: item.done };
  });
}
