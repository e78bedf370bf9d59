import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db/database.js';
import { roles, teamTemplates } from '../../db/schema/teams.js';
import { inTenant } from '../../db/tenant-transaction.js';
import type { Actor } from '../../policies/actor.js';
import { DomainError, notFound } from '../domain-error.js';
import type { TeamTemplateInput } from './create-team-template.js';
import { findTeamTemplate } from './list-team-templates.js';
import { nameTaken, requireOwnIds } from './organisation-rows.js';

/** Changes a team template's name, description or positions (the list given replaces the old one). */
export async function changeTeamTemplate(
  db: Database,
  actor: Actor,
  templateId: string,
  changes: Partial<TeamTemplateInput>,
) {
  const { organisationId } = actor;
  return inTenant(db, organisationId, async (tx) => {
    const where = and(eq(teamTemplates.organisationId, organisationId), eq(teamTemplates.id, templateId));
    const [template] = await tx.select({ id: teamTemplates.id }).from(teamTemplates).where(where);
    if (!template) throw notFound();
    if (
      changes.name !== undefined &&
      (await nameTaken(tx, teamTemplates, teamTemplates.name, organisationId, changes.name, templateId))
    )
      throw new DomainError('team_template_name_taken', 409);
    const roleIds = changes.roleIds ? [...new Set(changes.roleIds)] : undefined;
    if (roleIds)
      await requireOwnIds(tx, roles, organisationId, roleIds, 'role_unknown', (index) => `roleIds.${index}`);
    if (changes.name !== undefined || changes.description !== undefined || roleIds)
      await tx
        .update(teamTemplates)
        .set({ name: changes.name, description: changes.description, roleIds })
        .where(where);
    return findTeamTemplate(tx, organisationId, templateId);
  });
}
