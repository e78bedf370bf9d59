import type { BilingualText } from '../../../../common/privacy/browser-storage.js';
import type { ExportHeading } from './categories.js';

// The rules a data-map entry states. `C` is a column of the entry's own table: in a table's
// spec it is the Drizzle property name (checked by the compiler), in the finished map the SQL name.

/** How long a value is kept; the retention job (a later slice) carries these out. */
export type RetentionRule<C extends string = string> =
  /** Until the account is cancelled and the grace period (ERASURE_GRACE_DAYS) has passed. */
  | { kind: 'while-account' }
  /** As long as the organisation is a customer: its preparation, which it edits itself. */
  | { kind: 'while-organisation' }
  /**
   * As long as the organisation keeps the incident record (it deletes incidents itself, e.g.
   * under the Dutch Archives Act); an alert without an incident uses `withoutIncident`.
   */
  | { kind: 'with-incident'; withoutIncident?: { days: number; from: C } }
  /** As long as the row this one belongs to (a foreign key with ON DELETE CASCADE). */
  | { kind: 'with-parent'; via: C }
  /** A fixed number of days after a moment recorded in the row. */
  | { kind: 'days'; days: number; from: C }
  /** Until the link it belongs to is used, or at the latest until `deadline`. */
  | { kind: 'until-verified'; deadline: C }
  /**
   * A website chat (P9): until the visitor is satisfied with the answer, or has not answered
   * "is your question answered?" within `confirmDays`, and at most `maxDays`. The row's
   * `purgeAfter` holds the moment that applies; the next retention run after it deletes the row.
   */
  | { kind: 'until-satisfied'; purgeAfter: C; confirmDays: number; maxDays: number };

/** The label a pseudonymised person gets in crisis records, so a logbook still reads whole. */
export const PSEUDONYM_LABEL = { nl: 'verwijderde gebruiker', en: 'deleted user' } as const;

/**
 * Erasure exceptions (GDPR art. 17(3)): a value kept after an erasure request, with its ground.
 * The erasure report states the reason and the end date to the person.
 */
export const ERASURE_EXCEPTIONS = {
  'audit-trail': {
    article: 'AVG/GDPR art. 17(3)(b) en (e)',
    reason: {
      nl: 'Het auditlog bewijst wie wat deed bij gevoelige handelingen (beveiligingsplicht, art. 32) en kan nodig zijn bij een geschil; het is onveranderbaar en wordt na de bewaartermijn verwijderd.',
      en: 'The audit log proves who did what in sensitive actions (duty of security, art. 32) and may be needed in a dispute; it cannot be changed and is deleted after its retention period.',
    },
  },
  'erasure-evidence': {
    article: 'AVG/GDPR art. 5(2) en 17(3)(b)',
    reason: {
      nl: 'Bewijs dat een verzoek of een verwijdering is uitgevoerd (verantwoordingsplicht); bevat geen andere gegevens over u.',
      en: 'Evidence that a request or an erasure was carried out (accountability); holds no other data about you.',
    },
  },
  'legal-hold': {
    article: 'AVG/GDPR art. 17(3)(e)',
    reason: {
      nl: 'Nodig voor de vaststelling, uitoefening of verdediging van een rechtsvordering; bewaard tot die is afgerond.',
      en: 'Needed to establish, exercise or defend a legal claim; kept until that is settled.',
    },
  },
} as const satisfies Record<string, { article: string; reason: BilingualText }>;

export type ErasureException = keyof typeof ERASURE_EXCEPTIONS;

/** What erasing the entry's data subject does to this column. */
export type ErasureStrategy<C extends string = string> =
  | { kind: 'delete-row' }
  | { kind: 'null' }
  /**
   * The reference moves to a pseudonymous account made for this erasure, shown as
   * PSEUDONYM_LABEL; it holds no personal data, and the person's own account is then deleted. The
   * record stays whole, and what one person wrote still reads as written by one person.
   */
  | { kind: 'pseudonymise'; replacement: 'pseudonym-account' }
  /** The person's id is taken out of a list (a roster's turn order): they no longer take part. */
  | { kind: 'remove-from-list' }
  /** The value stays, but the pseudonymisation of `by` in the same row cuts its link to the person. */
  | { kind: 'unlinked'; by: C }
  /**
   * Free text with no column pointing at the person: a handler searches it for the person's name
   * and contact details and edits what names them; nothing is changed automatically.
   */
  | { kind: 'review' }
  | { kind: 'keep'; exception: ErasureException };

/** How a value appears in the access report (art. 15) and the export (art. 20). */
export type ExportRule =
  /** Shown as it is; `portable` when the person provided it (art. 20 covers only that). */
  | { kind: 'value'; heading: ExportHeading; portable: boolean }
  /** A secret or a hash: the report says that it exists and what it is for, never the value. */
  | { kind: 'described'; heading: ExportHeading; shownAs: BilingualText };

/** Which column says whose data this is, so reports and erasure can find the person's rows. */
export type SubjectLink<C extends string = string> =
  /** This row is the person's account: `users.id`. */
  | { kind: 'account' }
  /** A `users.id` in this row, with or without a foreign key. */
  | { kind: 'user-reference'; column: C }
  /** A JSON array of `users.id` values, or an object with such an array under `key`. */
  | { kind: 'user-id-list'; column: C; key?: string }
  /** An e-mail address, for messages that need not belong to an account. */
  | { kind: 'email-address'; column: C }
  /** A row of another table that belongs to a person (its `user_id`), referenced by `column`. */
  | { kind: 'via-row'; column: C; table: string }
  /** A row of another table found by the e-mail address in its `emailColumn` (no account needed), referenced by `column`. */
  | { kind: 'via-email-row'; column: C; table: string; emailColumn: string }
  /** A hash of the person's e-mail address or IP address: found by hashing theirs the same way. */
  | { kind: 'hashed'; column: C; how: BilingualText }
  /**
   * Nothing points at the person: found by searching the value for their id, name, e-mail or phone.
   * A table without `organisation_id` names with `organisationVia` the table that ties a row to the
   * organisations it concerns, so a namesake in another organisation's rows is not taken for them.
   */
  | { kind: 'search-value'; organisationVia?: { table: string; column: string } };
