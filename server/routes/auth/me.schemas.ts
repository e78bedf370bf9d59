import { z } from '@hono/zod-openapi';

const ZTimeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'field_time_of_day');

export const ZUpdateMeBody = z
  .object({
    name: z.string().trim().min(1).max(200),
    phone: z
      .string()
      .trim()
      .max(40)
      .regex(/^\+?[0-9 ()-]{6,}$/, 'field_phone_format')
      .nullable(),
    jobTitle: z.string().trim().max(200).nullable(),
    language: z.enum(['nl', 'en']),
    timeZone: z
      .string()
      .refine(
        (zone) => Intl.supportedValuesOf('timeZone').includes(zone) || zone === 'UTC',
        'field_time_zone',
      ),
    notificationChannels: z
      .array(z.enum(['push', 'email', 'sms']))
      .min(1)
      .max(3),
    quietHours: z.object({ from: ZTimeOfDay, until: ZTimeOfDay }).nullable(),
  })
  .partial()
  .refine((body) => Object.keys(body).length > 0, 'field_nothing_to_change')
  .openapi('UpdateMeBody');

export type UpdateMeBody = z.infer<typeof ZUpdateMeBody>;

export const ZTotpEnrolment = z
  .object({ secret: z.string(), uri: z.string(), qrCodeSvg: z.string() })
  .openapi('TotpEnrolment');

export const ZConfirmTotpBody = z
  .object({
    code: z
      .string()
      .trim()
      .regex(/^\d{6}$/, 'field_six_digits'),
  })
  .openapi('ConfirmTotpBody');

export const ZRecoveryCodes = z.object({ recoveryCodes: z.array(z.string()) }).openapi('RecoveryCodes');

export const ZPasswordBody = z.object({ password: z.string().min(1).max(1024) }).openapi('PasswordBody');

export const ZChangeEmailBody = z
  .object({ email: z.email().max(320), password: z.string().min(1).max(1024) })
  .openapi('ChangeEmailBody');
