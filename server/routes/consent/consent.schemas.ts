import { z } from '@hono/zod-openapi';
import { CONSENT_METHODS } from '../../db/schema/consent-records.js';
import type { ConsentRecord } from '../../modules/privacy/consent/consent-records.js';

/** The header a browser sends its consent id in; kept out of the address, so out of access logs. */
export const CONSENT_ID_HEADER = 'baken-consent-id';

const ZConsentId = z.uuid().openapi({
  description: 'The pseudonymous, random id of this browser’s choices, as Baken issued it',
  example: '3f1c2a9e-6c1b-4e8e-9f57-2b0c4d7e8a11',
});

export const ZConsentBody = z
  .object({
    consentId: ZConsentId.optional().openapi({
      description:
        'The id from an earlier answer; left out (or unknown) for a first choice, which gets a new id',
    }),
    analytics: z.boolean().openapi({ description: 'Usage statistics (none are collected yet)' }),
    thirdParty: z.boolean().openapi({ description: 'Content from third parties, such as map tiles' }),
    method: z.enum(CONSENT_METHODS).default('api').openapi({
      description: 'Where the choice was made: the banner, the cookie settings, a placeholder, or the API',
    }),
  })
  .strict()
  .openapi('ConsentChoiceInput');

export const ZConsentHeaders = z.object({
  [CONSENT_ID_HEADER]: ZConsentId.optional(),
});

export const ZConsent = z
  .object({
    consentId: ZConsentId,
    statementVersion: z
      .number()
      .int()
      .openapi({ description: 'The privacy statement version in force when the choice was made' }),
    choices: z.object({
      functional: z.literal(true).openapi({ description: 'Always on: needed for what you ask for' }),
      analytics: z.boolean(),
      thirdParty: z.boolean(),
    }),
    method: z.enum(CONSENT_METHODS),
    recordedAt: z.string().openapi({ example: '2026-12-02T08:15:00.000Z' }),
    replacesId: z.string().nullable().openapi({ description: 'The record this choice replaced, if any' }),
    withdrawsConsent: z
      .boolean()
      .openapi({ description: 'This choice took back a consent that the one before it gave' }),
  })
  .openapi('ConsentChoice');

export const ZCurrentConsent = z
  .object({
    consent: ZConsent.nullable().openapi({ description: 'Null when this browser never chose' }),
    currentStatementVersion: z.number().int().openapi({
      description: 'The privacy statement in force: a choice made under an older version is asked again',
    }),
  })
  .openapi('CurrentConsent');

export const presentConsent = (record: ConsentRecord) => ({
  consentId: record.consentId,
  statementVersion: record.statementVersion,
  choices: record.choices,
  method: record.method,
  recordedAt: record.createdAt.toISOString(),
  replacesId: record.replacesId,
  withdrawsConsent: record.withdrawsConsent,
});
