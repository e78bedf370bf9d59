import { describe, expect, it } from 'vitest';
import { parseFreeText } from '../../server/modules/privacy/statement/free-text.js';
import { diffLines } from '../../server/modules/privacy/statement/text-diff.js';

describe('the readable diff of two statement versions', () => {
  it('marks the changed words of a changed line, and whole lines added or removed', () => {
    const lines = diffLines(
      ['## Bewaren', 'Wij bewaren uw gegevens 30 dagen.', 'Oude alinea.'],
      ['## Bewaren', 'Wij bewaren uw gegevens 14 dagen.', 'Nieuwe regel één.', 'Nieuwe regel twee.'],
    );
    expect(lines).toEqual([
      { kind: 'same', text: '## Bewaren' },
      {
        kind: 'changed',
        parts: [
          { kind: 'same', text: 'Wij bewaren uw gegevens ' },
          { kind: 'removed', text: '30' },
          { kind: 'added', text: '14' },
          { kind: 'same', text: ' dagen.' },
        ],
      },
      {
        kind: 'changed',
        parts: [
          { kind: 'removed', text: 'Oude' },
          { kind: 'added', text: 'Nieuwe' },
          { kind: 'same', text: ' ' },
          { kind: 'removed', text: 'alinea.' },
          { kind: 'added', text: 'regel één.' },
        ],
      },
      { kind: 'added', text: 'Nieuwe regel twee.' },
    ]);
  });

  it('folds long unchanged stretches, keeping two lines of context around a change', () => {
    const before = Array.from({ length: 20 }, (_, index) => `Regel ${index}`);
    const after = before.map((line, index) => (index === 10 ? 'Regel tien' : line));
    expect(diffLines(before, after)).toEqual([
      { kind: 'folded', count: 8 },
      { kind: 'same', text: 'Regel 8' },
      { kind: 'same', text: 'Regel 9' },
      {
        kind: 'changed',
        parts: [
          { kind: 'same', text: 'Regel ' },
          { kind: 'removed', text: '10' },
          { kind: 'added', text: 'tien' },
        ],
      },
      { kind: 'same', text: 'Regel 11' },
      { kind: 'same', text: 'Regel 12' },
      { kind: 'folded', count: 7 },
    ]);
  });

  it('reads the operator’s plain text as paragraphs, headings and lists, never as HTML', () => {
    expect(parseFreeText('Eerste regel\ndoorlopend.\n\n## Kop\n- een\n- <b>twee</b>\nNa de lijst.')).toEqual([
      { kind: 'paragraph', text: 'Eerste regel doorlopend.' },
      { kind: 'heading', text: 'Kop' },
      { kind: 'list', items: ['een', '<b>twee</b>'] },
      { kind: 'paragraph', text: 'Na de lijst.' },
    ]);
  });
});
