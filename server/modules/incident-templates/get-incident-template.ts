import { and, eq } from 'drizzle-orm';
import type { Transaction } from '../../db/database.js';
import { incidentTemplates } from '../../db/schema/incident-templates.js';
import { notFound } from '../domain-error.js';
import { type IncidentTemplate, presentIncidentTemplates } from './present-incident-templates.js';

/** One scenario; 404 when the organisation has no such scenario. */
export async function getIncidentTemplate(
  tx: Transaction,
  organisationId: string,
  templateId: string,
): Promise<IncidentTemplate> {
  const rows = await tx
    .select()
    .from(incidentTemplates)
    .where(and(eq(incidentTemplates.organisationId, organisationId), eq(incidentTemplates.id, templateId)));
  const [template] = await presentIncidentTemplates(tx, organisationId, rows);
  if (!template) throw notFound();
  return template;
}
