import { desc, eq } from 'drizzle-orm';
import type { Database } from '../../../db/database.js';
import { dataBreaches } from '../../../db/schema/data-breaches.js';
import { users } from '../../../db/schema/users.js';
import type { Actor } from '../../../policies/actor.js';
import { notFound } from '../../domain-error.js';
import { type BreachClock, breachClock } from './breach-clock.js';
import { requireBreachStaff } from './breach-staff.js';
import { affectedOrganisations, authorityDecided, type DataBreachRow } from './breach-store.js';

const LIMIT = 500;

/** A breach as the register shows it: the row with its clock. */
export type BreachView = DataBreachRow & { clock: BreachClock };

/** The operator's view adds who recorded it and which organisations it concerns. */
export type OperatorBreachView = BreachView & {
  recordedBy: string | null;
  organisations: { id: string; name: string; notifiedAt: Date }[];
};

export const withClock = (breach: DataBreachRow, now: Date): BreachView => ({
  ...breach,
  clock: breachClock(breach.discoveredAt, authorityDecided(breach), now),
});

/** Open breaches first, soonest due first (the clock is what matters); then closed ones, latest first. */
export function registerOrder(a: BreachView, b: BreachView): number {
  if ((a.status === 'open') !== (b.status === 'open')) return a.status === 'open' ? -1 : 1;
  if (a.status === 'closed') return (b.closedAt?.getTime() ?? 0) - (a.closedAt?.getTime() ?? 0);
  const stopped = (view: BreachView) => (view.clock.state === 'stopped' ? 1 : 0);
  return stopped(a) - stopped(b) || a.clock.dueAt.getTime() - b.clock.dueAt.getTime();
}

async function operatorViews(
  db: Database,
  rows: { breach: DataBreachRow; recordedBy: string | null }[],
  now: Date,
) {
  const affected = await affectedOrganisations(
    db,
    rows.map((row) => row.breach.id),
  );
  return rows.map(
    ({ breach, recordedBy }): OperatorBreachView => ({
      ...withClock(breach, now),
      recordedBy,
      organisations: affected
        .filter((organisation) => organisation.breachId === breach.id)
        .map(({ breachId: _, ...organisation }) => organisation),
    }),
  );
}

const query = (db: Database) =>
  db
    .select({ breach: dataBreaches, recordedBy: users.name })
    .from(dataBreaches)
    .leftJoin(users, eq(users.id, dataBreaches.createdBy));

/** The whole register, for the operator's privacy staff. Platform data: read as the connecting user. */
export async function listRegister(db: Database, actor: Actor, now: Date): Promise<OperatorBreachView[]> {
  await requireBreachStaff(db, actor);
  const rows = await query(db).orderBy(desc(dataBreaches.discoveredAt)).limit(LIMIT);
  return (await operatorViews(db, rows, now)).sort(registerOrder);
}

/** One breach of the register, for the operator's privacy staff. */
export async function readRegisterEntry(
  db: Database,
  actor: Actor,
  id: string,
  now: Date,
): Promise<OperatorBreachView> {
  await requireBreachStaff(db, actor);
  const rows = await query(db).where(eq(dataBreaches.id, id));
  const [view] = await operatorViews(db, rows, now);
  if (!view) throw notFound();
  return view;
}
