import { z } from '@hono/zod-openapi';
import { changesSomething, ZDescription, ZName } from './preparation-shared.js';

export const ZTeamMember = z
  .object({
    userId: z.uuid(),
    name: z.string(),
    email: z.string(),
    roleId: z.uuid(),
    roleName: z.string().openapi({ example: 'Voorzitter' }),
  })
  .openapi('TeamMember');

export const ZTeam = z
  .object({
    id: z.uuid(),
    name: z.string().openapi({ example: 'Gemeentelijk Beleidsteam' }),
    description: z.string(),
    members: z.array(ZTeamMember).openapi({ description: 'By name' }),
  })
  .openapi('Team');

export const ZCreateTeamBody = z
  .object({
    name: ZName.optional().openapi({ description: 'Required without a template', example: 'Beleidsteam' }),
    description: ZDescription.optional(),
    templateId: z
      .uuid()
      .optional()
      .openapi({ description: 'A team template whose name and description the team starts with' }),
  })
  .refine((body) => body.name !== undefined || body.templateId !== undefined, {
    message: 'field_team_name_or_template',
    path: ['name'],
  })
  .openapi('CreateTeamBody');

export const ZChangeTeamBody = z
  .object({ name: ZName, description: ZDescription })
  .partial()
  .refine(changesSomething, 'field_nothing_to_change')
  .openapi('ChangeTeamBody');

export const ZTeamMembersBody = z
  .object({
    members: z
      .array(
        z.object({
          userId: z.uuid(),
          roleId: z.uuid().optional().openapi({ description: 'Omitted: the organisation’s default role' }),
        }),
      )
      .max(500)
      .superRefine((members, context) => {
        const seen = new Set<string>();
        members.forEach((member, index) => {
          if (seen.has(member.userId))
            context.addIssue({ code: 'custom', message: 'field_members_unique', path: [index, 'userId'] });
          seen.add(member.userId);
        });
      }),
  })
  .openapi('TeamMembersBody');
