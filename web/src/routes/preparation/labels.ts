/** Free labels are typed as one line, separated by commas: easy on a phone keyboard. */
export function parseLabels(text: string): string[] {
  const labels: string[] = [];
  for (const part of text.split(',')) {
    const label = part.trim().replace(/\s+/g, ' ');
    if (label && !labels.some((known) => known.toLowerCase() === label.toLowerCase())) labels.push(label);
  }
  return labels;
}

export function formatLabels(labels: readonly string[]): string {
  return labels.join(', ');
}

export const MAX_LABELS = 20;
export const MAX_LABEL_LENGTH = 60;
