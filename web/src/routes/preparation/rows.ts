let counter = 0;

/** A stable id for a row being edited (React key and element ids), whatever its place in the list. */
export function rowId(): string {
  counter += 1;
  return `row${counter}`;
}

/** The list with the item at `index` moved one place up (-1) or down (1). */
export function moved<T>(list: readonly T[], index: number, step: -1 | 1): T[] {
  const target = index + step;
  const item = list[index];
  const other = list[target];
  if (item === undefined || other === undefined) return [...list];
  const next = [...list];
  next[index] = other;
  next[target] = item;
  return next;
}
