import { type SQL, sql } from 'drizzle-orm';
import type { SqlExecutor } from '../jobs/job-queue.js';
import type { Transaction } from './database.js';

/**
 * Runs raw `$1`-parameterised SQL inside a Drizzle transaction, so a library that speaks raw SQL
 * (pg-boss) can write in the same transaction as the change it belongs to.
 */
export function executorFor(tx: Transaction): SqlExecutor {
  return {
    async executeSql(text, values = []) {
      const result = await tx.execute(toDrizzleSql(text, values));
      return { rows: (result as unknown as { rows: Record<string, unknown>[] }).rows };
    },
  };
}

/**
 * Rebuilds `text` as a Drizzle query. Drizzle numbers parameters in the order they appear, so the
 * first use of `$n` becomes a parameter and later uses of the same `$n` refer to that parameter's
 * new number: a value used twice stays one parameter, with one inferred type.
 */
export function toDrizzleSql(text: string, values: readonly unknown[]): SQL {
  const chunks: SQL[] = [];
  const renumbered = new Map<number, number>();
  let segmentStart = 0;
  for (const placeholder of placeholders(text)) {
    chunks.push(sql.raw(text.slice(segmentStart, placeholder.start)));
    const existing = renumbered.get(placeholder.index);
    if (existing === undefined) {
      if (placeholder.index > values.length) {
        throw new Error(`SQL refers to $${placeholder.index} but only ${values.length} values were given`);
      }
      renumbered.set(placeholder.index, renumbered.size + 1);
      chunks.push(sql`${sql.param(values[placeholder.index - 1])}`);
    } else {
      chunks.push(sql.raw(`$${existing}`));
    }
    segmentStart = placeholder.end;
  }
  chunks.push(sql.raw(text.slice(segmentStart)));
  return sql.join(chunks);
}

interface Placeholder {
  index: number;
  start: number;
  end: number;
}

/** The `$n` placeholders of a statement, skipping quoted strings, quoted names and comments. */
function* placeholders(text: string): Generator<Placeholder> {
  let position = 0;
  while (position < text.length) {
    const character = text[position];
    const next = text[position + 1];
    if (character === "'" || character === '"') {
      position = closingQuote(text, position, character);
    } else if (character === '-' && next === '-') {
      const lineEnd = text.indexOf('\n', position);
      position = lineEnd === -1 ? text.length : lineEnd + 1;
    } else if (character === '/' && next === '*') {
      const commentEnd = text.indexOf('*/', position + 2);
      position = commentEnd === -1 ? text.length : commentEnd + 2;
    } else if (character === '$') {
      const numbered = /^\$(\d+)/.exec(text.slice(position));
      const dollarTag = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.exec(text.slice(position));
      if (numbered?.[1] && !isIdentifierCharacter(text[position - 1])) {
        yield { index: Number(numbered[1]), start: position, end: position + numbered[0].length };
        position += numbered[0].length;
      } else if (dollarTag && !isIdentifierCharacter(text[position - 1])) {
        const bodyEnd = text.indexOf(dollarTag[0], position + dollarTag[0].length);
        position = bodyEnd === -1 ? text.length : bodyEnd + dollarTag[0].length;
      } else {
        position += 1;
      }
    } else {
      position += 1;
    }
  }
}

/** The position just past the quote that closes the one at `start`; a doubled quote is an escaped one. */
function closingQuote(text: string, start: number, quote: string): number {
  let position = start + 1;
  while (position < text.length) {
    if (text[position] === quote) {
      if (text[position + 1] === quote) position += 2;
      else return position + 1;
    } else {
      position += 1;
    }
  }
  return text.length;
}

function isIdentifierCharacter(character: string | undefined): boolean {
  return character !== undefined && /[A-Za-z0-9_]/.test(character);
}
