/** A coordinate as typed, with a decimal comma or point; null when empty, NaN when not a number. */
export function parseCoordinate(text: string): number | null {
  const cleaned = text.trim().replace(',', '.');
  if (!cleaned) return null;
  return /^[-+]?\d+(\.\d+)?$/.test(cleaned) ? Number(cleaned) : Number.NaN;
}

export function coordinateProblem(value: number | null, limit: 90 | 180): boolean {
  return value !== null && (Number.isNaN(value) || Math.abs(value) > limit);
}

/** In the interface language's notation, e.g. 52,0907 in Dutch. */
export function formatCoordinate(value: number, language: string | undefined): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 6 }).format(value);
}
