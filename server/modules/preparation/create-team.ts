import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db/database.js';
import { uuidv7 } from '../../db/ids.js';
import { teams, teamTemplates } from '../../db/schema/teams.js';
import { inTenant } from '../../db/tenant-transaction.js';
import type { Actor } from '../../policies/actor.js';
import { DomainError } from '../domain-error.js';
import { getTeam } from './list-teams.js';
import { nameTaken, unknownReference } from './organisation-rows.js';

export interface NewTeam {
  name?: string;
  description?: string;
  /** A team template whose name and description the team starts with (what is given here wins). */
  templateId?: string;
}

/** Creates a team without members; people are added with `replaceTeamMembers`. */
export async function createTeam(db: Database, actor: Actor, input: NewTeam) {
  const { organisationId } = actor;
  return inTenant(db, organisationId, async (tx) => {
    let { name, description } = input;
    if (input.templateId) {
      const [template] = await tx
        .select({ name: teamTemplates.name, description: teamTemplates.description })
        .from(teamTemplates)
        .where(and(eq(teamTemplates.organisationId, organisationId), eq(teamTemplates.id, input.templateId)));
      if (!template) throw unknownReference('team_template_unknown', 'templateId');
      name ??= template.name;
      description ??= template.description;
    }
    // The body schema requires a name or a template, so this only guards the type.
    if (!name) throw unknownReference('team_template_unknown', 'templateId');
    if (await nameTaken(tx, teams, teams.name, organisationId, name))
      throw new DomainError('team_name_taken', 409);
    const id = uuidv7();
    await tx.insert(teams).values({ id, organisationId, name, description: description ?? '' });
    return getTeam(tx, organisationId, id);
  });
}
