import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppDependencies, AppEnv } from '../../http/app-env.js';
import { requireActor } from '../../http/require-actor.js';
import { portabilityEntries } from '../../modules/privacy/access/portability-package.js';
import { type MyDataFormat, readMyData } from '../../modules/privacy/access/read-my-data.js';
import { writeZip } from '../../modules/privacy/access/zip-writer.js';
import { processorsFor } from '../../modules/privacy/processors.js';
import { COMMON_ERRORS, createRouter, jsonContent } from '../openapi-router.js';
import { ZAccessReport, ZDownloadBody } from './my-data.schemas.js';

const ZFile = z.string().openapi({ format: 'binary' });
const PASSWORD_REFUSED = {
  ...COMMON_ERRORS[401],
  description:
    'Not signed in, or the password is wrong (`my_data_password_incorrect`); nothing is downloaded',
};
const TOO_LARGE = {
  ...COMMON_ERRORS[400],
  description: 'The files added by the person are too large for one download',
};
const TOO_MANY = {
  ...COMMON_ERRORS[400],
  description: 'Too many reports lately (`too_many_requests`, Retry-After)',
};

const view = createRoute({
  method: 'get',
  path: '/api/me/export',
  tags: ['Privacy'],
  summary: 'Your access report: every personal datum Baken holds about you (GDPR art. 15)',
  description:
    'Per heading and table: the values (secrets and hashes described, never shown), with purpose, legal basis, retention, source and recipients. Up to 5,000 rows per table; `rowCount` and `truncated` say when there are more. Attachments appear as their size. Audited; at most 30 reports per 15 minutes.',
  responses: {
    200: { description: 'The report', content: jsonContent(ZAccessReport) },
    401: COMMON_ERRORS[401],
    429: TOO_MANY,
  },
});

const json = createRoute({
  method: 'post',
  path: '/api/me/export.json',
  tags: ['Privacy'],
  summary: 'Download your access report as a JSON file, after entering your password again',
  description: 'The same report as GET /api/me/export, with attachments in base64. Audited.',
  request: { body: { required: true, content: jsonContent(ZDownloadBody) } },
  responses: {
    200: { description: 'The report (a download)', content: jsonContent(ZAccessReport) },
    400: COMMON_ERRORS[400],
    401: PASSWORD_REFUSED,
    413: TOO_LARGE,
    429: TOO_MANY,
  },
});

const zip = createRoute({
  method: 'post',
  path: '/api/me/export.zip',
  tags: ['Privacy'],
  summary:
    'Download the data you provided, to take elsewhere (GDPR art. 20), after entering your password again',
  description:
    'A ZIP with README.txt (the formats, in Dutch and English) and per heading `<heading>.json` and `<heading>.csv` (UTF-8 with BOM, semicolons, columns table;row;field;description;value). Audited.',
  request: { body: { required: true, content: jsonContent(ZDownloadBody) } },
  responses: {
    200: { description: 'The archive (a download)', content: { 'application/zip': { schema: ZFile } } },
    400: COMMON_ERRORS[400],
    401: PASSWORD_REFUSED,
    413: TOO_LARGE,
    429: TOO_MANY,
  },
});

const attachment = (fileName: string, contentType: string) => ({
  'Content-Type': contentType,
  'Content-Disposition': `attachment; filename="${fileName}"`,
  'Cache-Control': 'no-store',
});

/**
 * The right of access and portability of the signed-in person. The downloads are POSTs that carry
 * the password: re-entering it is the identity check (P18), and a POST keeps it out of URLs and logs.
 */
export function myDataRoutes(deps: AppDependencies) {
  const db = deps.database.db;
  const processors = processorsFor(deps.config);
  const report = (c: Context<AppEnv>, format: MyDataFormat, password?: string) =>
    readMyData(db, requireActor(c), {
      format,
      ...(password === undefined ? {} : { password }),
      ipAddress: c.get('clientIp'),
      processors,
      graceDays: deps.config.ERASURE_GRACE_DAYS,
    });
  const day = () => new Date().toISOString().slice(0, 10);
  return createRouter()
    .openapi(view, async (c) => c.json(await report(c, 'view'), 200))
    .openapi(json, async (c) => {
      const found = await report(c, 'json', c.req.valid('json').password);
      return c.json(found, 200, attachment(`baken-mijn-gegevens-${day()}.json`, 'application/json'));
    })
    .openapi(zip, async (c) => {
      const found = await report(c, 'zip', c.req.valid('json').password);
      const archive = writeZip(portabilityEntries(found));
      return c.body(
        new Uint8Array(archive),
        200,
        attachment(`baken-mijn-gegevens-${day()}.zip`, 'application/zip'),
      );
    });
}
