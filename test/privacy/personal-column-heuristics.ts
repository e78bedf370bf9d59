// When does a database column look personal? These rules are deliberately wide: a column they
// flag must be in the data map (server/modules/privacy/data-map.ts) or, after review, in
// NOT_PERSONAL below with its reason. Widen a rule when the schema grows a new kind of column;
// never narrow one to make the test pass.

export interface SchemaColumn {
  table: string;
  column: string;
  /** information_schema.columns.data_type, e.g. 'text', 'uuid', 'jsonb'. */
  dataType: string;
  /** A foreign key from this column to users.id. */
  referencesUsers: boolean;
}

export interface Heuristic {
  id: string;
  why: string;
  matches(column: SchemaColumn): boolean;
}

// Values that can hold words; an integer or a timestamp cannot hold a name.
const TEXTUAL = new Set(['text', 'character varying', 'character', 'json', 'jsonb', 'bytea']);
const REFERENCE_TYPES = new Set(['uuid', 'text', 'character varying', 'json', 'jsonb']);
const NUMERIC = new Set(['double precision', 'real', 'numeric', 'point']);

const named = (types: Set<string>, pattern: RegExp) => (column: SchemaColumn) =>
  types.has(column.dataType) && pattern.test(column.column);

export const PERSONAL_COLUMN_HEURISTICS: readonly Heuristic[] = [
  {
    id: 'name',
    why: 'a name, which may be a person’s',
    matches: named(TEXTUAL, /^name$|_name$|(^|_)job_title$/),
  },
  { id: 'email', why: 'an e-mail address', matches: named(TEXTUAL, /e_?mail/) },
  { id: 'address', why: 'a postal, e-mail or network address', matches: named(TEXTUAL, /(^|_)address$/) },
  { id: 'phone', why: 'a phone number', matches: named(TEXTUAL, /phone|mobile|msisdn/) },
  { id: 'ip', why: 'an IP address', matches: named(TEXTUAL, /(^|_)ip(_|$)/) },
  {
    id: 'device',
    why: 'a user agent, device, operating system or browser',
    matches: named(TEXTUAL, /user_agent|device|browser|operating_system|(^|_)os(_|$)/),
  },
  {
    id: 'free-text',
    why: 'text a person may write',
    matches: named(
      TEXTUAL,
      /(^|_)(body|text|content|note|notes|comment|comments|description|message|reason|title|details|payload|error|label|labels|location)(_|$)|^subject$/,
    ),
  },
  {
    id: 'credential',
    why: 'a secret, hash or key that stands for a person or their device',
    matches: named(TEXTUAL, /password|secret|token|hash|(^|_)key$|(^|_)code(_|$)|endpoint|p256dh|(^|_)auth$/),
  },
  { id: 'user-foreign-key', why: 'a foreign key to users.id', matches: (column) => column.referencesUsers },
  {
    id: 'user-reference',
    why: 'named like a reference to a person, foreign key or not',
    matches: named(
      REFERENCE_TYPES,
      /_by$|(^|_)user_id$|_user_ids?$|member_ids$|(^|_)author|(^|_)actor|recipient|subject_id$|target_id$/,
    ),
  },
  {
    id: 'coordinates',
    why: 'a position, which may be where a person is or lives',
    matches: named(NUMERIC, /latitude|longitude|(^|_)(lat|lng|lon)$|geo/),
  },
  {
    id: 'structured',
    why: 'JSON or a file, which can hold any of the above',
    matches: (column) => ['json', 'jsonb', 'bytea'].includes(column.dataType),
  },
];

/** The heuristics a column meets; empty when it does not look personal. */
export function personalLooks(column: SchemaColumn): string[] {
  return PERSONAL_COLUMN_HEURISTICS.filter((rule) => rule.matches(column)).map((rule) => rule.id);
}
