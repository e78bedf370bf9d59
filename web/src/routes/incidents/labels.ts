/** Free labels typed as one line, "brand, pers": trimmed, without empties or doubles. */
export function parseLabels(text: string): string[] {
  const labels = text
    .split(',')
    .map((label) => label.trim())
    .filter(Boolean);
  return [...new Set(labels)];
}

export function formatLabels(labels: readonly string[]): string {
  return labels.join(', ');
}
