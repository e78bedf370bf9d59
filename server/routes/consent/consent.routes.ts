import { createRoute } from '@hono/zod-openapi';
import type { AppDependencies } from '../../http/app-env.js';
import {
  currentConsent,
  currentStatementVersion as currentStatementVersionOf,
  recordConsent,
} from '../../modules/privacy/consent/consent-records.js';
import { COMMON_ERRORS, createRouter, jsonContent } from '../openapi-router.js';
import {
  CONSENT_ID_HEADER,
  presentConsent,
  ZConsent,
  ZConsentBody,
  ZConsentHeaders,
  ZCurrentConsent,
} from './consent.schemas.js';

const TAGS = ['Privacy'];

const record = createRoute({
  method: 'post',
  path: '/api/consent',
  tags: TAGS,
  summary:
    'Record a choice about cookies and third-party content (public): a first choice, a change or a withdrawal',
  description:
    'Each choice is a new record; the newest one for a consent id is in force. The record keeps the choices, ' +
    'how and when they were made and the privacy statement version, never an IP address. When signed in, the ' +
    'record is linked to your account.',
  request: { body: { required: true, content: jsonContent(ZConsentBody) } },
  responses: {
    201: {
      description: 'The choice as recorded, with the consent id to send next time',
      content: jsonContent(ZConsent),
    },
    400: COMMON_ERRORS[400],
  },
});

const current = createRoute({
  method: 'get',
  path: '/api/consent',
  tags: TAGS,
  summary: 'The choice in force for this browser’s consent id (public)',
  request: { headers: ZConsentHeaders },
  responses: {
    200: { description: 'The newest choice, or null', content: jsonContent(ZCurrentConsent) },
    400: COMMON_ERRORS[400],
  },
});

/** Consent for browser storage and third-party content (P3, P13): public, a visitor chooses before signing in. */
export function consentRoutes(deps: AppDependencies) {
  const db = deps.database.db;
  const registers = { config: deps.config };
  return createRouter()
    .openapi(record, async (c) => {
      const body = c.req.valid('json');
      const saved = await recordConsent(db, registers, { ...body, userId: c.get('actor')?.userId });
      return c.json(presentConsent(saved), 201);
    })
    .openapi(current, async (c) => {
      const consentId = c.req.valid('header')[CONSENT_ID_HEADER];
      const found = consentId ? await currentConsent(db, consentId) : undefined;
      const currentStatementVersion = await currentStatementVersionOf(db, registers);
      return c.json({ consent: found ? presentConsent(found) : null, currentStatementVersion }, 200);
    });
}
