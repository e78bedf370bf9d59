import { z } from '@hono/zod-openapi';
import { LEGAL_HOLD_GROUNDS } from '../../db/schema/legal-holds.js';
import { LEGAL_HOLD_GROUND_TEXTS } from '../../modules/privacy/legal-hold/hold-grounds.js';
import type { LegalHoldView } from '../../modules/privacy/legal-hold/list-legal-holds.js';

export const ZPlaceLegalHoldBody = z
  .object({
    userId: z
      .uuid()
      .optional()
      .openapi({ description: 'The person, by account id (admins of the organisation)' }),
    userEmail: z
      .union([z.email().max(320), z.literal('')])
      .optional()
      .transform((value) => (value ? value : undefined))
      .openapi({ description: 'The person, by e-mail address (the operator’s privacy officer)' }),
    incidentId: z.uuid().optional().openapi({ description: 'An incident whose record is kept' }),
    ground: z.enum(LEGAL_HOLD_GROUNDS).openapi({
      description:
        '`legal-claim`: art. 17(3)(e); `legal-obligation`: art. 17(3)(b), such as the Archives Act',
    }),
    reason: z
      .string()
      .trim()
      .min(1)
      .max(2000)
      .openapi({ description: 'Stated to the person when they ask for erasure' }),
    until: z.iso
      .datetime({ offset: true })
      .openapi({ description: 'When the hold ends unless lifted earlier; in the future' }),
  })
  .openapi('PlaceLegalHoldBody');

const ZBilingual = z.object({ nl: z.string(), en: z.string() });

export const ZLegalHold = z
  .object({
    id: z.uuid(),
    organisation: z.object({ id: z.uuid(), name: z.string() }),
    person: z.object({ id: z.uuid(), name: z.string(), email: z.string() }).nullable(),
    incident: z.object({ id: z.uuid(), number: z.number().int(), title: z.string() }).nullable(),
    ground: z.enum(LEGAL_HOLD_GROUNDS),
    groundText: ZBilingual.extend({ article: z.string() }),
    reason: z.string(),
    until: z.string(),
    createdBy: z.string().nullable(),
    createdAt: z.string(),
    liftedAt: z.string().nullable(),
  })
  .openapi('LegalHold');

export const presentLegalHold = (hold: LegalHoldView): z.infer<typeof ZLegalHold> => ({
  ...hold,
  groundText: LEGAL_HOLD_GROUND_TEXTS[hold.ground],
  until: hold.until.toISOString(),
  createdAt: hold.createdAt.toISOString(),
  liftedAt: hold.liftedAt?.toISOString() ?? null,
});
