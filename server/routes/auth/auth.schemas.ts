import { z } from '@hono/zod-openapi';

export const ZLoginBody = z
  .object({
    email: z.email().max(320).openapi({ example: 'voorzitter@voorbeeld.nl' }),
    password: z.string().min(1).max(1024),
  })
  .openapi('LoginBody');

export const ZSecondFactorBody = z
  .object({
    challenge: z.string().min(1).max(2000),
    code: z
      .string()
      .trim()
      .regex(/^\d{6}$/, 'field_six_digits')
      .optional(),
    recoveryCode: z.string().trim().min(6).max(40).optional(),
  })
  .refine((body) => Boolean(body.code) !== Boolean(body.recoveryCode), 'field_code_or_recovery_code')
  .openapi('SecondFactorBody');

export const ZMe = z
  .object({
    id: z.uuid(),
    organisationId: z.uuid(),
    organisationName: z.string(),
    name: z.string(),
    email: z.string(),
    phone: z.string().nullable(),
    jobTitle: z.string().nullable(),
    role: z.enum(['admin', 'member']),
    language: z.enum(['nl', 'en']),
    timeZone: z.string(),
    notificationChannels: z.array(z.enum(['push', 'email', 'sms'])),
    quietHours: z.object({ from: z.string(), until: z.string() }).nullable(),
    secondFactor: z.boolean(),
    secondFactorSetupRequired: z.boolean(),
    operatorRole: z.enum(['platform_admin', 'support', 'privacy_officer']).nullable().openapi({
      description:
        'Set for staff of the company that runs the platform (operator console); null for everyone else',
    }),
  })
  .openapi('Me');

export const ZLoginResult = z
  .discriminatedUnion('status', [
    z.object({ status: z.literal('signed_in'), user: ZMe }),
    z.object({ status: z.literal('second_factor_required'), challenge: z.string() }),
  ])
  .openapi('LoginResult');
