import type { Database } from '../../db/database.js';
import { uuidv7 } from '../../db/ids.js';
import { roles, teamTemplates } from '../../db/schema/teams.js';
import { inTenant } from '../../db/tenant-transaction.js';
import type { Actor } from '../../policies/actor.js';
import { DomainError } from '../domain-error.js';
import { findTeamTemplate } from './list-team-templates.js';
import { nameTaken, requireOwnIds } from './organisation-rows.js';

export interface TeamTemplateInput {
  name: string;
  description?: string;
  /** The positions of the team, as roles of the organisation, each once. */
  roleIds?: string[];
}

/** Describes a kind of team by its positions, e.g. a beleidsteam: Voorzitter, Adviseur, Notulist. */
export async function createTeamTemplate(db: Database, actor: Actor, input: TeamTemplateInput) {
  const { organisationId } = actor;
  return inTenant(db, organisationId, async (tx) => {
    if (await nameTaken(tx, teamTemplates, teamTemplates.name, organisationId, input.name))
      throw new DomainError('team_template_name_taken', 409);
    const roleIds = [...new Set(input.roleIds ?? [])];
    await requireOwnIds(tx, roles, organisationId, roleIds, 'role_unknown', (index) => `roleIds.${index}`);
    const id = uuidv7();
    await tx
      .insert(teamTemplates)
      .values({ id, organisationId, name: input.name, description: input.description ?? '', roleIds });
    return findTeamTemplate(tx, organisationId, id);
  });
}
