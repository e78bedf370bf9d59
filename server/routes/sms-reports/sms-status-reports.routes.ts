import { timingSafeEqual } from 'node:crypto';
import { createRoute, z } from '@hono/zod-openapi';
import { recordGatewayReports } from '../../channels/alert-delivery/record-gateway-reports.js';
import { deliveryReportsOf, ZCmStatusReport } from '../../channels/sms/cm-status-report.js';
import type { AppDependencies } from '../../http/app-env.js';
import { systemClock } from '../../modules/alerts/alert-clock.js';
import { DomainError, notFound } from '../../modules/domain-error.js';
import { COMMON_ERRORS, createRouter, jsonContent } from '../openapi-router.js';

const ZReportQuery = z.object({ token: z.string().max(200).optional() });
const ZReportAnswer = z.object({
  recorded: z.number().int(),
  ignored: z.number().int(),
});

const statusReports = createRoute({
  method: 'post',
  path: '/api/sms/status-reports',
  tags: ['Alerts'],
  summary: 'Delivery reports from the SMS gateway (CM.com status report webhook, JSON format)',
  description:
    'Configure this URL with `?token=` set to SMS_HTTP_REPORT_TOKEN as the status report webhook of the gateway, in JSON format. No sign-in: the token is the credential.',
  request: { query: ZReportQuery, body: { required: true, content: jsonContent(ZCmStatusReport) } },
  responses: {
    200: {
      description: 'Reports recorded (or about nothing Baken knows)',
      content: jsonContent(ZReportAnswer),
    },
    400: COMMON_ERRORS[400],
    401: { ...COMMON_ERRORS[401], description: 'Wrong token (`sms_report_token_invalid`)' },
    404: { ...COMMON_ERRORS[404], description: 'Status reports are not configured here' },
    503: {
      ...COMMON_ERRORS[400],
      description: 'A report names an SMS still being handed over: send again (`sms_report_retry_later`)',
    },
  },
});

function sameToken(given: string | undefined, expected: string): boolean {
  const a = Buffer.from(given ?? '');
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The webhook an HTTP SMS gateway posts delivery reports to, so the response board can say
 * "delivered" for SMS as it does with SMPP receipts. Closed (404) unless a token is configured.
 */
export function smsStatusReportRoutes(deps: AppDependencies) {
  const clock = deps.clock ?? systemClock;
  return createRouter().openapi(statusReports, async (c) => {
    const expected = deps.config.SMS_HTTP_REPORT_TOKEN;
    if (!expected) throw notFound();
    if (!sameToken(c.req.valid('query').token, expected))
      throw new DomainError('sms_report_token_invalid', 401);
    const outcome = await recordGatewayReports(
      deps.database,
      deliveryReportsOf(c.req.valid('json')),
      clock(),
    );
    if (outcome.notYet > 0) {
      c.header('Retry-After', '60');
      throw new DomainError('sms_report_retry_later', 503);
    }
    return c.json({ recorded: outcome.recorded, ignored: outcome.ignored }, 200);
  });
}
