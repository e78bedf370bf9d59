import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db/database.js';
import { incidentTemplates } from '../../db/schema/incident-templates.js';
import { inTenant } from '../../db/tenant-transaction.js';
import type { Actor } from '../../policies/actor.js';
import { DomainError, notFound } from '../domain-error.js';
import { nameTaken } from '../preparation/organisation-rows.js';
import { getIncidentTemplate } from './get-incident-template.js';
import {
  type IncidentTemplateInput,
  requireScenarioReferences,
  scenarioColumns,
} from './incident-template-input.js';

/** Changes a scenario; lists given (teams, tasks, labels) replace the old ones. Running incidents keep what they started with. */
export async function changeIncidentTemplate(
  db: Database,
  actor: Actor,
  templateId: string,
  changes: Partial<IncidentTemplateInput>,
) {
  const { organisationId } = actor;
  return inTenant(db, organisationId, async (tx) => {
    const where = and(
      eq(incidentTemplates.organisationId, organisationId),
      eq(incidentTemplates.id, templateId),
    );
    const [template] = await tx.select({ id: incidentTemplates.id }).from(incidentTemplates).where(where);
    if (!template) throw notFound();
    if (
      changes.title !== undefined &&
      (await nameTaken(
        tx,
        incidentTemplates,
        incidentTemplates.title,
        organisationId,
        changes.title,
        templateId,
      ))
    )
      throw new DomainError('incident_template_title_taken', 409);
    await requireScenarioReferences(tx, organisationId, changes);
    const values = scenarioColumns(changes);
    if (Object.values(values).some((value) => value !== undefined))
      await tx.update(incidentTemplates).set(values).where(where);
    return getIncidentTemplate(tx, organisationId, templateId);
  });
}
