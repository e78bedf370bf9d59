import { and, eq } from 'drizzle-orm';
import type { Transaction } from '../../db/database.js';
import { roles, teamTemplates } from '../../db/schema/teams.js';
import { notFound } from '../domain-error.js';
import { byName } from './organisation-rows.js';

/** The organisation's team templates by name, each with its positions (roles) in the order given. */
export async function listTeamTemplates(tx: Transaction, organisationId: string, templateId?: string) {
  const templates = await tx
    .select({
      id: teamTemplates.id,
      name: teamTemplates.name,
      description: teamTemplates.description,
      roleIds: teamTemplates.roleIds,
    })
    .from(teamTemplates)
    .where(
      and(
        eq(teamTemplates.organisationId, organisationId),
        templateId ? eq(teamTemplates.id, templateId) : undefined,
      ),
    );
  const roleRows =
    templates.length === 0
      ? []
      : await tx
          .select({ id: roles.id, name: roles.name })
          .from(roles)
          .where(eq(roles.organisationId, organisationId));
  const rolesById = new Map(roleRows.map((role) => [role.id, role]));
  return templates
    .map(({ roleIds, ...template }) => ({
      ...template,
      roles: roleIds.flatMap((id) => rolesById.get(id) ?? []),
    }))
    .sort(byName);
}

export type TeamTemplate = Awaited<ReturnType<typeof listTeamTemplates>>[number];

/** One team template; 404 when the organisation has no such template. */
export async function findTeamTemplate(tx: Transaction, organisationId: string, templateId: string) {
  const [template] = await listTeamTemplates(tx, organisationId, templateId);
  if (!template) throw notFound();
  return template;
}
