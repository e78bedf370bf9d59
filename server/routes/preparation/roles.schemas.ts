import { z } from '@hono/zod-openapi';
import { changesSomething, ZDescription, ZName } from './preparation-shared.js';

export const ZRole = z
  .object({
    id: z.uuid(),
    name: z.string().openapi({ example: 'Voorzitter' }),
    description: z.string(),
    isDefault: z.boolean().openapi({ description: 'The role new team members get unless another is chosen' }),
    memberCount: z.number().int().openapi({ description: 'How many team memberships hold this role' }),
  })
  .openapi('Role');

const roleFields = {
  name: ZName.openapi({ example: 'Voorzitter' }),
  description: ZDescription.optional(),
  isDefault: z
    .boolean()
    .optional()
    .openapi({ description: 'true makes this the default role (the previous default is unmarked)' }),
};

export const ZCreateRoleBody = z.object(roleFields).openapi('CreateRoleBody');

export const ZChangeRoleBody = z
  .object(roleFields)
  .partial()
  .refine(changesSomething, 'field_nothing_to_change')
  .openapi('ChangeRoleBody');
