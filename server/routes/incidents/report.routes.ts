import { Readable } from 'node:stream';
import { createRoute, z } from '@hono/zod-openapi';
import type { AppDependencies } from '../../http/app-env.js';
import { requireActor } from '../../http/require-actor.js';
import { exportIncident } from '../../modules/report/export-incident.js';
import { renderReportPdf } from '../../modules/report/render-report-pdf.js';
import { renderTimelineCsv } from '../../modules/report/render-timeline-csv.js';
import { exportFileName } from '../../modules/report/report-format.js';
import { COMMON_ERRORS, createRouter, jsonContent } from '../openapi-router.js';
import { ZIncidentParams } from './incident-shared.schemas.js';
import { ZIncidentRecord } from './report.schemas.js';

const ZFile = z.string().openapi({ format: 'binary' });
const ERRORS = { 401: COMMON_ERRORS[401], 404: COMMON_ERRORS[404] };
const LANGUAGE_NOTE =
  'Headings and labels in the language of the request (Dutch, or English with Accept-Language: en)';

const pdf = createRoute({
  method: 'get',
  path: '/api/incidents/{id}/report.pdf',
  tags: ['Incidents'],
  summary:
    'The incident report as PDF: overview, participants, logbook with corrections, decisions, tasks, …',
  description: `${LANGUAGE_NOTE}; times in Dutch local time. Closed and archived incidents too. The download is audited.`,
  request: { params: ZIncidentParams },
  responses: {
    200: { description: 'The report (a download)', content: { 'application/pdf': { schema: ZFile } } },
    ...ERRORS,
  },
});

const json = createRoute({
  method: 'get',
  path: '/api/incidents/{id}/export.json',
  tags: ['Incidents'],
  summary: 'Everything of the incident as one JSON document, for archiving or another system',
  description: 'The download is audited.',
  request: { params: ZIncidentParams },
  responses: {
    200: { description: 'The record (a download)', content: jsonContent(ZIncidentRecord) },
    ...ERRORS,
  },
});

const csv = createRoute({
  method: 'get',
  path: '/api/incidents/{id}/export.csv',
  tags: ['Incidents'],
  summary:
    'The incident as one chronological table: logbook (earlier versions marked), tasks, situation picture, chat',
  description: `${LANGUAGE_NOTE}. UTF-8 with byte-order mark, separated by semicolons; cells that a spreadsheet would run as a formula start with an apostrophe. The download is audited.`,
  request: { params: ZIncidentParams },
  responses: {
    200: { description: 'The timeline (a download)', content: { 'text/csv': { schema: ZFile } } },
    ...ERRORS,
  },
});

const download = (fileName: string, contentType: string) => ({
  'Content-Type': contentType,
  'Content-Disposition': `attachment; filename="${fileName}"`,
  'Cache-Control': 'no-store',
});

export function reportRoutes(deps: AppDependencies) {
  const db = deps.database.db;
  return createRouter()
    .openapi(pdf, async (c) => {
      const actor = requireActor(c);
      const record = await exportIncident(db, actor, c.req.valid('param').id, 'pdf', c.get('clientIp'));
      const requestId = c.get('requestId');
      const stream = renderReportPdf(record, c.get('language'), (error) =>
        deps.logger.error('incident report failed halfway', { requestId, error }),
      );
      return c.body(
        Readable.toWeb(stream) as ReadableStream,
        200,
        download(exportFileName(record.incident, 'pdf'), 'application/pdf'),
      );
    })
    .openapi(json, async (c) => {
      const actor = requireActor(c);
      const record = await exportIncident(db, actor, c.req.valid('param').id, 'json', c.get('clientIp'));
      return c.json(record, 200, download(exportFileName(record.incident, 'json'), 'application/json'));
    })
    .openapi(csv, async (c) => {
      const actor = requireActor(c);
      const record = await exportIncident(db, actor, c.req.valid('param').id, 'csv', c.get('clientIp'));
      return c.body(
        renderTimelineCsv(record, c.get('language')),
        200,
        download(exportFileName(record.incident, 'csv'), 'text/csv; charset=utf-8'),
      );
    });
}
