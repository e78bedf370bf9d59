import { and, eq } from 'drizzle-orm';
import type { Database, Transaction } from '../../../db/database.js';
import { incidentParticipants, incidents } from '../../../db/schema/incidents.js';
import { users } from '../../../db/schema/users.js';
import { recordAudit } from '../../audit/record-audit.js';
import { notFound } from '../../domain-error.js';
import { personKeys } from '../access/collect-access-report.js';
import { activeHoldsOnPerson } from '../legal-hold/active-holds.js';
import { LEGAL_HOLD_GROUND_TEXTS } from '../legal-hold/hold-grounds.js';
import { recordRecipientNotices } from '../recipient-notices/record-recipient-notices.js';
import type { ErasureResult, HoldNotice, Postponement } from './erasure-result.js';
import { scanIsCovered } from './erasure-result.js';
import {
  deleteAccount,
  deleteRows,
  keptValues,
  nullReferences,
  pseudonymise,
  removeFromLists,
  reviewItems,
} from './erasure-steps.js';
import { createPseudonymAccount, isPseudonymEmail } from './pseudonym-account.js';
import { scanForPerson } from './scan-for-person.js';

export interface ErasureRequest {
  /** Why: 'account_cancelled_by_user', 'account_cancelled_by_organisation', 'erasure_request'… */
  reason: string;
  /** Who asked for it; null when the retention job carries out a scheduled erasure. */
  requestedBy: string | null;
  /** The moment legal holds are checked against; now by default. */
  now?: Date;
}

/**
 * Someone working on an open incident is part of a crisis in progress: erasing them would take
 * a name from the team while it works (art. 17(3)(b): a task in the public interest). The whole
 * erasure waits (all or nothing) until those incidents are closed; the retention job tries again
 * daily. A legal hold (art. 17(3)(b), (e)) on the person or on an incident they took part in makes
 * it wait the same way, until the hold is lifted or its date passes (legal-hold/).
 */
export const OPEN_INCIDENT_POSTPONEMENT = {
  article: 'AVG/GDPR art. 17(3)(b)',
  reason: {
    nl: 'U werkt mee aan een incident dat nog loopt. Uw gegevens worden gewist zodra dat incident is afgesloten; tot dan blijft uw deelname in het crisisverslag staan.',
    en: 'You are working on an incident that is still open. Your data is erased as soon as that incident is closed; until then your participation stays in the crisis record.',
  },
} as const;

/** The answer when legal holds keep the data: each hold's ground, its own reason and its end date. */
// @promise P17 erasure honours a legal hold and states its ground, reason and end date to the person
function holdPostponement(
  holds: Awaited<ReturnType<typeof activeHoldsOnPerson>>,
  openIncidents: number,
): Postponement {
  const notices: HoldNotice[] = holds.map((hold) => {
    const ground = LEGAL_HOLD_GROUND_TEXTS[hold.ground];
    return {
      ground: hold.ground,
      article: ground.article,
      groundText: { nl: ground.nl, en: ground.en },
      reason: hold.reason,
      until: hold.until.toISOString(),
      onIncident: hold.incidentId !== null,
    };
  });
  const until =
    notices
      .map((notice) => notice.until.slice(0, 10))
      .sort()
      .at(-1) ?? '';
  // Each reason as a sentence of its own, however it was typed.
  const reasons = notices
    .map((notice) => notice.reason.trim())
    .map((reason) => (/[.!?]$/.test(reason) ? reason : `${reason}.`))
    .join(' ');
  return {
    article: [...new Set(notices.map((notice) => notice.article))].join(', '),
    reason: {
      nl: `Uw gegevens vallen onder een bewaarplicht (${notices.map((n) => n.groundText.nl.toLowerCase()).join('; ')}): ${reasons} Ze worden gewist zodra de bewaarplicht is opgeheven of afloopt (uiterlijk ${until}).`,
      en: `Your data is under a legal hold (${notices.map((n) => n.groundText.en.toLowerCase()).join('; ')}): ${reasons} It is erased as soon as the hold is lifted or ends (on ${until} at the latest).`,
    },
    openIncidents,
    holds: notices,
  };
}

async function openIncidentsOf(tx: Transaction, organisationId: string, userId: string) {
  const rows = await tx
    .selectDistinct({ id: incidents.id })
    .from(incidentParticipants)
    .innerJoin(incidents, eq(incidents.id, incidentParticipants.incidentId))
    .where(
      and(
        eq(incidentParticipants.userId, userId),
        eq(incidents.organisationId, organisationId),
        eq(incidents.status, 'active'),
      ),
    );
  return rows.length;
}

/** The audit entry's details: what was done and what the scan found, as counts and table names only. */
function auditDetails(request: ErasureRequest, result: ErasureResult) {
  return {
    reason: request.reason,
    outcome: result.outcome,
    complete: result.complete,
    changed: result.changed.map(({ table, column, action, rows }) => ({ table, column, action, rows })),
    kept: result.kept.map(({ table, column, exception, rows, endsAt }) => ({
      table,
      column,
      exception,
      rows,
      endsAt,
    })),
    review: result.review,
    ...(result.postponed
      ? { openIncidents: result.postponed.openIncidents, holds: result.postponed.holds.length }
      : {}),
    ...(result.scan ? { scan: result.scan } : {}),
  };
}

/**
 * Erases one person (art. 17, P5, P8, P17) in one transaction, all or nothing: every column of
 * the data map gets its strategy (delete, null, out of a list, or pseudonymised so the crisis
 * record stays whole), values kept under an exception are listed with their ground and end date,
 * free text a handler must read is listed, and a scan of the whole database proves what is left.
 * The proof (counts and table names, never values) is stored in the audit log entry.
 * Runs as the platform (not in a tenant transaction): the privacy statement's tables refuse
 * tenant writes, and the organisation filter is explicit in every statement that needs one.
 */
// @promise P17 erasure runs the data map's strategy for every column and keeps the crisis record whole
export function erasePerson(
  db: Database,
  organisationId: string,
  userId: string,
  request: ErasureRequest,
): Promise<ErasureResult> {
  return db.transaction((tx) => erasePersonIn(tx, organisationId, userId, request));
}

/** The erasure inside the caller's transaction (the retention job marks the schedule done in the same one). */
export async function erasePersonIn(
  tx: Transaction,
  organisationId: string,
  userId: string,
  request: ErasureRequest,
): Promise<ErasureResult> {
  const [user] = await tx
    .select({ email: users.email })
    .from(users)
    .where(and(eq(users.id, userId), eq(users.organisationId, organisationId)));
  if (!user || isPseudonymEmail(user.email)) throw notFound();
  const openIncidents = await openIncidentsOf(tx, organisationId, userId);
  const holds = await activeHoldsOnPerson(tx, organisationId, userId, request.now ?? new Date());
  if (openIncidents > 0 || holds.length > 0) {
    const postponed: Postponement =
      holds.length > 0
        ? holdPostponement(holds, openIncidents)
        : { ...OPEN_INCIDENT_POSTPONEMENT, openIncidents, holds: [] };
    const result: ErasureResult = {
      outcome: 'postponed',
      complete: false,
      userId,
      pseudonymId: null,
      changed: [],
      kept: [],
      review: [],
      postponed,
      scan: null,
    };
    await recordAudit(tx, {
      organisationId,
      actorUserId: request.requestedBy,
      action: 'personal_data.erasure_postponed',
      targetType: 'user',
      targetId: userId,
      details: auditDetails(request, result),
    });
    return result;
  }
  const person = await personKeys(tx, organisationId, userId);
  // Before the disclosures lose their link to the account, which is how their recipients are found.
  await recordRecipientNotices(tx, { organisationId, userId, change: 'erasure' });
  const pseudonymId = await createPseudonymAccount(tx, organisationId);
  // Order matters: rows found through the person's other rows (deliveries through their alert
  // recipient rows) go first, and every reference moves to the pseudonym before the account is
  // deleted, whose ON DELETE CASCADE would otherwise take participations and answers with it.
  const changed = [
    ...(await deleteRows(tx, person)),
    ...(await nullReferences(tx, person)),
    ...(await removeFromLists(tx, person)),
    ...(await pseudonymise(tx, person, pseudonymId)),
    await deleteAccount(tx, person),
  ];
  const kept = await keptValues(tx, person);
  const review = await reviewItems(tx, person);
  const scan = await scanForPerson(tx, person);
  const result: ErasureResult = {
    outcome: 'erased',
    complete: scanIsCovered(scan),
    userId,
    pseudonymId,
    changed,
    kept,
    review,
    postponed: null,
    scan,
  };
  await recordAudit(tx, {
    organisationId,
    actorUserId: request.requestedBy,
    action: 'personal_data.erased',
    targetType: 'user',
    targetId: userId,
    details: auditDetails(request, result),
  });
  return result;
}
