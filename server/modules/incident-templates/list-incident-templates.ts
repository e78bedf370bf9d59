import { and, eq, inArray } from 'drizzle-orm';
import type { Transaction } from '../../db/database.js';
import { incidentTemplates } from '../../db/schema/incident-templates.js';
import { teams } from '../../db/schema/teams.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const byTitle = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

/**
 * The organisation's scenarios with the teams each alerts, by title. Sorted here, not in SQL, so the
 * order is Dutch alphabetical whatever collation the database has. Teams removed since are left out.
 */
export async function listIncidentTemplates(tx: Transaction, organisationId: string) {
  const templates = await tx
    .select({
      id: incidentTemplates.id,
      title: incidentTemplates.title,
      description: incidentTemplates.description,
      alertText: incidentTemplates.alertText,
      teamIds: incidentTemplates.teamIds,
      initialTasks: incidentTemplates.initialTasks,
    })
    .from(incidentTemplates)
    .where(eq(incidentTemplates.organisationId, organisationId));
  // team_ids is JSON, not a foreign key: a malformed entry must not break the uuid comparison.
  const teamIds = [...new Set(templates.flatMap((template) => template.teamIds))].filter((id) =>
    UUID.test(id),
  );
  const teamRows =
    teamIds.length === 0
      ? []
      : await tx
          .select({ id: teams.id, name: teams.name })
          .from(teams)
          .where(and(eq(teams.organisationId, organisationId), inArray(teams.id, teamIds)));
  const teamsById = new Map(teamRows.map((team) => [team.id, team]));
  return templates
    .map(({ teamIds: ids, ...template }) => ({
      ...template,
      teams: ids.flatMap((id) => teamsById.get(id) ?? []),
    }))
    .sort((a, b) => byTitle.compare(a.title, b.title) || a.id.localeCompare(b.id));
}
