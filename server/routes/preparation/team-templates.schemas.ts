import { z } from '@hono/zod-openapi';
import { changesSomething, ZDescription, ZName, ZNamedRef } from './preparation-shared.js';

export const ZTeamTemplate = z
  .object({
    id: z.uuid(),
    name: z.string().openapi({ example: 'Beleidsteam' }),
    description: z.string(),
    roles: z.array(ZNamedRef).openapi({ description: 'The positions of such a team, in order' }),
  })
  .openapi('TeamTemplate');

const teamTemplateFields = {
  name: ZName.openapi({ example: 'Beleidsteam' }),
  description: ZDescription.optional(),
  roleIds: z
    .array(z.uuid())
    .max(50)
    .optional()
    .openapi({ description: 'Roles of your organisation, in the order the positions are listed' }),
};

export const ZCreateTeamTemplateBody = z.object(teamTemplateFields).openapi('CreateTeamTemplateBody');

export const ZChangeTeamTemplateBody = z
  .object(teamTemplateFields)
  .partial()
  .refine(changesSomething, 'field_nothing_to_change')
  .openapi('ChangeTeamTemplateBody');
