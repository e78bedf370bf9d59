import type { Transaction } from '../../db/database.js';
import type { PreparedTask } from '../../db/schema/incident-templates.js';
import { locations, situationTemplates } from '../../db/schema/preparation.js';
import { teams } from '../../db/schema/teams.js';
import { requireOwnIds } from '../preparation/organisation-rows.js';

/** What an admin sets on a scenario; on a change every field is optional. */
export interface IncidentTemplateInput {
  title: string;
  description?: string;
  alertText?: string;
  teamIds?: string[];
  initialTasks?: { title: string; checklist?: string[] }[];
  locationId?: string | null;
  labels?: string[];
  situationTemplateId?: string | null;
  opensChat?: boolean;
}

/** Checks that the teams, location and situation template named are the organisation's own (400 otherwise). */
export async function requireScenarioReferences(
  tx: Transaction,
  organisationId: string,
  input: Partial<IncidentTemplateInput>,
) {
  await requireOwnIds(
    tx,
    teams,
    organisationId,
    input.teamIds ?? [],
    'team_unknown',
    (index) => `teamIds.${index}`,
  );
  await requireOwnIds(
    tx,
    locations,
    organisationId,
    input.locationId ? [input.locationId] : [],
    'location_unknown',
    () => 'locationId',
  );
  await requireOwnIds(
    tx,
    situationTemplates,
    organisationId,
    input.situationTemplateId ? [input.situationTemplateId] : [],
    'situation_template_unknown',
    () => 'situationTemplateId',
  );
}

/** The columns a scenario's input sets: lists without repeats, every task with a checklist. */
export function scenarioColumns(input: Partial<IncidentTemplateInput>) {
  return {
    title: input.title,
    description: input.description,
    alertText: input.alertText,
    teamIds: input.teamIds ? [...new Set(input.teamIds)] : undefined,
    initialTasks: input.initialTasks?.map(
      (task): PreparedTask => ({ title: task.title, checklist: task.checklist ?? [] }),
    ),
    locationId: input.locationId,
    labels: input.labels ? [...new Set(input.labels)] : undefined,
    situationTemplateId: input.situationTemplateId,
    opensChat: input.opensChat,
  };
}
