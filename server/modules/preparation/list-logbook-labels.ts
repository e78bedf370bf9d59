import { and, eq } from 'drizzle-orm';
import type { Transaction } from '../../db/database.js';
import { logbookLabels } from '../../db/schema/preparation.js';
import { notFound } from '../domain-error.js';
import { byName } from './organisation-rows.js';

/** The labels a logbook entry can carry (Pers, Slachtoffers, …), by name. */
export async function listLogbookLabels(tx: Transaction, organisationId: string, labelId?: string) {
  const rows = await tx
    .select({ id: logbookLabels.id, name: logbookLabels.name })
    .from(logbookLabels)
    .where(
      and(
        eq(logbookLabels.organisationId, organisationId),
        labelId ? eq(logbookLabels.id, labelId) : undefined,
      ),
    );
  return rows.sort(byName);
}

/** One label; 404 when the organisation has no such label. */
export async function findLogbookLabel(tx: Transaction, organisationId: string, labelId: string) {
  const [label] = await listLogbookLabels(tx, organisationId, labelId);
  if (!label) throw notFound();
  return label;
}
