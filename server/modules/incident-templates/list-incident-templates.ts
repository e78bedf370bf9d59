import { eq } from 'drizzle-orm';
import type { Transaction } from '../../db/database.js';
import { incidentTemplates } from '../../db/schema/incident-templates.js';
import { presentIncidentTemplates } from './present-incident-templates.js';

const byTitle = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

/**
 * The organisation's scenarios with the teams each alerts, by title. Sorted here, not in SQL, so the
 * order is Dutch alphabetical whatever collation the database has.
 */
export async function listIncidentTemplates(tx: Transaction, organisationId: string) {
  const rows = await tx
    .select()
    .from(incidentTemplates)
    .where(eq(incidentTemplates.organisationId, organisationId));
  const templates = await presentIncidentTemplates(tx, organisationId, rows);
  return templates.sort((a, b) => byTitle.compare(a.title, b.title) || a.id.localeCompare(b.id));
}
