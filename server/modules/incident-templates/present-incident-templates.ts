import { and, eq, inArray } from 'drizzle-orm';
import type { Transaction } from '../../db/database.js';
import type { incidentTemplates } from '../../db/schema/incident-templates.js';
import { locations, situationTemplates } from '../../db/schema/preparation.js';
import { teams } from '../../db/schema/teams.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type IncidentTemplateRow = typeof incidentTemplates.$inferSelect;

interface NamedRef {
  id: string;
  name: string;
}

async function namesById(
  ids: (string | null)[],
  load: (ids: string[]) => Promise<NamedRef[]>,
): Promise<Map<string, NamedRef>> {
  // team_ids is JSON, not a foreign key: a malformed entry must not break the uuid comparison.
  const wanted = [...new Set(ids)].filter((id): id is string => id !== null && UUID.test(id));
  const rows = wanted.length === 0 ? [] : await load(wanted);
  return new Map(rows.map((row) => [row.id, row]));
}

/**
 * Scenarios as the API shows them: the teams, location and situation template by name. Teams
 * removed since are left out; a checklist missing from older rows is empty.
 */
export async function presentIncidentTemplates(
  tx: Transaction,
  organisationId: string,
  rows: IncidentTemplateRow[],
) {
  const teamsById = await namesById(
    rows.flatMap((row) => row.teamIds),
    (ids) =>
      tx
        .select({ id: teams.id, name: teams.name })
        .from(teams)
        .where(and(eq(teams.organisationId, organisationId), inArray(teams.id, ids))),
  );
  const locationsById = await namesById(
    rows.map((row) => row.locationId),
    (ids) =>
      tx
        .select({ id: locations.id, name: locations.name })
        .from(locations)
        .where(and(eq(locations.organisationId, organisationId), inArray(locations.id, ids))),
  );
  const situationTemplatesById = await namesById(
    rows.map((row) => row.situationTemplateId),
    (ids) =>
      tx
        .select({ id: situationTemplates.id, name: situationTemplates.name })
        .from(situationTemplates)
        .where(
          and(eq(situationTemplates.organisationId, organisationId), inArray(situationTemplates.id, ids)),
        ),
  );
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    description: row.description,
    alertText: row.alertText,
    teams: row.teamIds.flatMap((id) => teamsById.get(id) ?? []),
    initialTasks: row.initialTasks.map((task) => ({ title: task.title, checklist: task.checklist ?? [] })),
    location: (row.locationId && locationsById.get(row.locationId)) || null,
    labels: row.labels,
    situationTemplate:
      (row.situationTemplateId && situationTemplatesById.get(row.situationTemplateId)) || null,
    opensChat: row.opensChat,
  }));
}

export type IncidentTemplate = Awaited<ReturnType<typeof presentIncidentTemplates>>[number];
