import type { Database } from '../../db/database.js';
import { uuidv7 } from '../../db/ids.js';
import { incidentTemplates } from '../../db/schema/incident-templates.js';
import { inTenant } from '../../db/tenant-transaction.js';
import type { Actor } from '../../policies/actor.js';
import { DomainError } from '../domain-error.js';
import { nameTaken } from '../preparation/organisation-rows.js';
import { getIncidentTemplate } from './get-incident-template.js';
import {
  type IncidentTemplateInput,
  requireScenarioReferences,
  scenarioColumns,
} from './incident-template-input.js';

/** Prepares a scenario from which an incident starts in one minute. */
export async function createIncidentTemplate(db: Database, actor: Actor, input: IncidentTemplateInput) {
  const { organisationId } = actor;
  return inTenant(db, organisationId, async (tx) => {
    if (await nameTaken(tx, incidentTemplates, incidentTemplates.title, organisationId, input.title))
      throw new DomainError('incident_template_title_taken', 409);
    await requireScenarioReferences(tx, organisationId, input);
    const id = uuidv7();
    await tx
      .insert(incidentTemplates)
      .values({ ...scenarioColumns(input), title: input.title, id, organisationId });
    return getIncidentTemplate(tx, organisationId, id);
  });
}
