import { and, eq } from 'drizzle-orm';
import type { Transaction } from '../../db/database.js';
import { alerts } from '../../db/schema/alerts.js';
import { DomainError } from '../domain-error.js';

/** An alert row of the organisation by id, or 404. */
export async function readAlert(tx: Transaction, organisationId: string, alertId: string) {
  const [alert] = await tx
    .select()
    .from(alerts)
    .where(and(eq(alerts.id, alertId), eq(alerts.organisationId, organisationId)));
  if (!alert) throw new DomainError('not_found', 404);
  return alert;
}
