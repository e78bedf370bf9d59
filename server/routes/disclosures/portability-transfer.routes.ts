import { createRoute, z } from '@hono/zod-openapi';
import type { AppDependencies } from '../../http/app-env.js';
import { requireActor } from '../../http/require-actor.js';
import { systemClock } from '../../modules/alerts/alert-clock.js';
import { downloadPortabilityTransfer } from '../../modules/privacy/disclosures/download-portability-transfer.js';
import { sendPortabilityTransfer } from '../../modules/privacy/disclosures/send-portability-transfer.js';
import type { TransferContext } from '../../modules/privacy/disclosures/transfer-context.js';
import { processorsFor } from '../../modules/privacy/processors.js';
import { COMMON_ERRORS, createRouter, jsonContent } from '../openapi-router.js';

const TAGS = ['Privacy'];

const ZTransferBody = z
  .object({
    password: z.string().min(1).max(1024).openapi({ description: 'Your password again: the identity check' }),
    recipientName: z.string().trim().min(1).max(200),
    recipientEmail: z.email().max(320),
  })
  .openapi('PortabilityTransferBody');
const ZTransferSent = z.object({ expiresAt: z.string() }).openapi('PortabilityTransferSent');
const ZTokenBody = z.object({ token: z.string().min(10).max(200) }).openapi('PortabilityTransferToken');

const send = createRoute({
  method: 'post',
  path: '/api/me/export/transfer',
  tags: TAGS,
  summary:
    'Send the data you provided to a third party (GDPR art. 20(2)): they get a single-use link by e-mail, after your password',
  description:
    'The recipient gets a link that works once and for 7 days; you get a confirmation; the transfer is recorded as a disclosure on your instruction. Audited.',
  request: { body: { required: true, content: jsonContent(ZTransferBody) } },
  responses: {
    202: { description: 'The link was sent', content: jsonContent(ZTransferSent) },
    400: COMMON_ERRORS[400],
    401: {
      ...COMMON_ERRORS[401],
      description: 'Not signed in, or the password is wrong (`portability_transfer_password_incorrect`)',
    },
    413: {
      ...COMMON_ERRORS[400],
      description: 'The files added by the person are too large for one download',
    },
    429: {
      ...COMMON_ERRORS[400],
      description: 'More than 5 transfers in a day (`too_many_requests`, Retry-After)',
    },
  },
});
const download = createRoute({
  method: 'post',
  path: '/api/portability-transfers/download',
  tags: TAGS,
  summary:
    'The recipient downloads the data a person sent them, with the token from the e-mailed link (once)',
  request: { body: { required: true, content: jsonContent(ZTokenBody) } },
  responses: {
    200: {
      description: 'The ZIP (a download)',
      content: { 'application/zip': { schema: z.string().openapi({ format: 'binary' }) } },
    },
    400: COMMON_ERRORS[400],
    410: { ...COMMON_ERRORS[400], description: 'The link is unknown, used or expired' },
  },
});

/** Portability to a third party (P17): the person's request and the recipient's download. */
export function portabilityTransferRoutes(deps: AppDependencies) {
  const ctx: TransferContext = {
    db: deps.database.db,
    jobs: deps.jobs,
    // Read when a mail is made: without PUBLIC_URL the server learns its address only once it listens.
    get publicUrl() {
      return deps.publicUrl;
    },
    clock: deps.clock ?? systemClock,
    processors: processorsFor(deps.config),
    graceDays: deps.config.ERASURE_GRACE_DAYS,
  };
  return createRouter()
    .openapi(send, async (c) => {
      const sent = await sendPortabilityTransfer(ctx, requireActor(c), {
        ...c.req.valid('json'),
        ipAddress: c.get('clientIp'),
      });
      return c.json({ expiresAt: sent.expiresAt.toISOString() }, 202);
    })
    .openapi(download, async (c) => {
      const { archive, createdAt } = await downloadPortabilityTransfer(
        ctx,
        c.req.valid('json').token,
        c.get('clientIp'),
      );
      return c.body(new Uint8Array(archive), 200, {
        'Content-Type': 'application/zip',
        'Content-Disposition': `attachment; filename="baken-gegevens-${createdAt.toISOString().slice(0, 10)}.zip"`,
        'Cache-Control': 'no-store',
      });
    });
}
