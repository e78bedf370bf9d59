import { z } from '@hono/zod-openapi';
import { changesSomething, ZName } from './preparation-shared.js';

export const ZSituationTemplateSection = z
  .object({
    key: z.string().openapi({ example: 'beeldvorming' }),
    title: z.string().openapi({ example: 'Beeldvorming' }),
    hint: z.string().openapi({ example: 'Wat is er gebeurd, waar, en wie zijn erbij betrokken?' }),
  })
  .openapi('SituationTemplateSection');

export const ZSituationTemplate = z
  .object({
    id: z.uuid(),
    name: z.string().openapi({ example: 'BOB (beeld-, oordeels-, besluitvorming)' }),
    sections: z.array(ZSituationTemplateSection),
  })
  .openapi('SituationTemplate');

const ZSectionInput = z.object({
  key: z
    .string()
    .trim()
    .max(60)
    .regex(/^[a-z0-9][a-z0-9_-]*$/, 'field_section_key_format')
    .optional()
    .openapi({ description: 'Omitted: made from the title', example: 'beeldvorming' }),
  title: z.string().trim().min(1).max(100),
  hint: z.string().trim().max(1000).optional(),
});

const ZSections = z
  .array(ZSectionInput)
  .min(1)
  .max(12)
  .superRefine((sections, context) => {
    const seen = new Set<string>();
    sections.forEach((section, index) => {
      if (!section.key) return;
      if (seen.has(section.key))
        context.addIssue({ code: 'custom', message: 'field_section_keys_unique', path: [index, 'key'] });
      seen.add(section.key);
    });
  })
  .openapi({ description: '1 to 12 sections; keys are unique within the template' });

const situationTemplateFields = {
  name: ZName.openapi({ example: 'BOB (beeld-, oordeels-, besluitvorming)' }),
  sections: ZSections,
};

export const ZCreateSituationTemplateBody = z
  .object(situationTemplateFields)
  .openapi('CreateSituationTemplateBody');

export const ZChangeSituationTemplateBody = z
  .object(situationTemplateFields)
  .partial()
  .refine(changesSomething, 'field_nothing_to_change')
  .openapi('ChangeSituationTemplateBody');
