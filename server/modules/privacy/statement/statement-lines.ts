import type { StatementSection } from './statement-types.js';

/** A statement as lines of plain text, the unit the diff compares: headings, paragraphs, list items. */
export function statementLines(sections: readonly StatementSection[]): string[] {
  const lines: string[] = [];
  for (const section of sections) {
    lines.push(`## ${section.heading}`);
    for (const block of section.blocks) {
      if (block.kind === 'list') lines.push(...block.items.map((item) => `- ${item}`));
      else if (block.kind === 'heading') lines.push(`### ${block.text}`);
      else lines.push(block.text);
    }
  }
  return lines;
}
