import { z } from '@hono/zod-openapi';
import type { OutboxMessage } from '../../channels/email/list-outbox.js';

export const ZOutboxMessage = z
  .object({
    id: z.uuid(),
    template: z.string(),
    language: z.string(),
    toAddress: z.string(),
    subject: z.string(),
    textBody: z.string(),
    status: z.enum(['queued', 'sending', 'sent', 'stored', 'failed']),
    attempts: z.number(),
    lastError: z.string().nullable(),
    createdAt: z.iso.datetime(),
    sentAt: z.iso.datetime().nullable(),
  })
  .openapi('OutboxMessage');

export const ZOutboxQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  before: z.uuid().optional(),
});

const LINK_TOKEN = /([?&]token=)[A-Za-z0-9_-]+/g;

/**
 * The API shape of a stored mail: without its HTML twin and organisation id, dates as ISO text.
 * Links in mails are keys (a reset link signs in as its recipient), so their tokens are blanked,
 * except in invitations when `invitationLinks` is allowed (Baken runs without SMTP, so the outbox is
 * the only way an admin can get a colleague started).
 */
export function presentOutboxMessage(
  { organisationId: _organisationId, htmlBody: _htmlBody, ...row }: OutboxMessage,
  options: { invitationLinks: boolean },
) {
  const revealLink = options.invitationLinks && row.template === 'invitation';
  return {
    ...row,
    textBody: revealLink ? row.textBody : row.textBody.replace(LINK_TOKEN, '$1…'),
    createdAt: row.createdAt.toISOString(),
    sentAt: row.sentAt?.toISOString() ?? null,
  };
}
