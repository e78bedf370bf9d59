/** A coordinate as typed, with a decimal comma or point; null when empty, NaN when not a number. */
export function parseCoordinate(text: string): number | null {
  const cleaned = text.trim().replace(',', '.');
  if (!cleaned) return null;
  return /^[-+]?\d+(\.\d+)?$/.test(cleaned) ? Number(cleaned) : Number.NaN;
}

export function coordinateProblem(value: number | null, limit: 90 | 180): boolean {
  return value !== null && (Number.isNaN(value) || Math.abs(value) > limit);
}
