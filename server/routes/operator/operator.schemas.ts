import { z } from '@hono/zod-openapi';
import { SUPPORT_ACCESS_HOURS } from '../../modules/operator/grant-support-access.js';

export const ZOperatorOrganisation = z
  .object({
    id: z.uuid(),
    name: z.string(),
    slug: z.string(),
    createdAt: z.iso.datetime(),
    cancelledAt: z.iso.datetime().nullable(),
    requireSecondFactor: z.boolean(),
    memberCount: z
      .number()
      .int()
      .openapi({ description: 'Accounts that are not cancelled, invited ones included' }),
    activeMemberCount: z.number().int(),
    supportAccessActive: z.boolean(),
    supportAccessUntil: z.iso
      .datetime()
      .nullable()
      .openapi({ description: 'When the latest active support grant ends; null without one' }),
  })
  .openapi('OperatorOrganisation');

export const ZSupportGrant = z
  .object({
    id: z.uuid(),
    reason: z.string(),
    grantedByName: z.string().nullable().openapi({ description: 'Null when that account was removed' }),
    createdAt: z.iso.datetime(),
    expiresAt: z.iso.datetime(),
    revokedAt: z.iso.datetime().nullable(),
    active: z.boolean(),
  })
  .openapi('SupportGrant');

export const ZGrantSupportAccessBody = z
  .object({
    hours: z
      .number()
      .int()
      .min(SUPPORT_ACCESS_HOURS.min)
      .max(SUPPORT_ACCESS_HOURS.max)
      .openapi({ description: 'How long support may look, in hours', example: 24 }),
    reason: z
      .string()
      .trim()
      .min(1)
      .max(500)
      .openapi({ example: 'Melding: berichten komen niet aan bij het beleidsteam' }),
  })
  .openapi('GrantSupportAccessBody');

export const ZCreatedSupportGrant = z
  .object({ id: z.uuid(), expiresAt: z.iso.datetime() })
  .openapi('CreatedSupportGrant');

const ZPromiseAnnotation = z.object({
  promise: z.string(),
  kind: z.enum(['code', 'test']),
  file: z.string(),
  note: z.string(),
});

export const ZPromiseEntry = z
  .object({
    id: z.string(),
    text: z.object({ nl: z.string(), en: z.string() }),
    status: z.enum(['kept', 'unproven', 'open']),
    code: z.array(ZPromiseAnnotation),
    tests: z.array(ZPromiseAnnotation),
  })
  .openapi('PromiseEntry');
