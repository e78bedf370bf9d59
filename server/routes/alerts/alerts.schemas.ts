import { z } from '@hono/zod-openapi';
import {
  ALERT_RESPONSES,
  ALERT_URGENCIES,
  DELIVERY_STATUSES,
  RECIPIENT_REASONS,
  RESPONSE_SOURCES,
} from '../../db/schema/alerts.js';
import { NOTIFICATION_CHANNELS } from '../../db/schema/users.js';

const ZIds = z.array(z.uuid()).max(500);

export const ZAlertParams = z.object({ id: z.uuid().openapi({ description: 'The alert' }) });

export const ZSendAlertBody = z
  .object({
    incidentId: z
      .uuid()
      .optional()
      .openapi({ description: 'The incident people are called to; they join it' }),
    title: z
      .string()
      .trim()
      .min(1)
      .max(120)
      .openapi({ example: 'Brand in gemeentehuis: beleidsteam naar het stadhuis' }),
    body: z.string().trim().max(1000).optional(),
    location: z.string().trim().max(200).optional(),
    urgency: z.enum(ALERT_URGENCIES).optional().openapi({
      description:
        '`crisis` (default): every chosen channel at once, also in quiet hours; `normal`: one channel at a time',
    }),
    isExercise: z
      .boolean()
      .optional()
      .openapi({ description: 'Default: whether the incident is an exercise' }),
    escalationMinutes: z.number().int().min(1).max(120).optional().openapi({
      description: 'Minutes without an answer before the next channel and the deputies (default 5)',
    }),
    targets: z.object({
      teamIds: ZIds.optional(),
      roleIds: ZIds.optional(),
      userIds: z.array(z.uuid()).max(10_000).optional(),
      onCallRoleIds: ZIds.optional().openapi({
        description: 'Whoever is on call for these roles at send time',
      }),
    }),
  })
  .openapi('SendAlertBody');

export const ZAlertListQuery = z.object({
  incidentId: z.uuid().optional().openapi({ description: 'Only this incident’s alerts' }),
});

const ZChannelDelivery = z
  .object({
    channel: z.enum(NOTIFICATION_CHANNELS),
    status: z.enum(DELIVERY_STATUSES),
    attempts: z.number().int(),
    failureReason: z.string().nullable().openapi({
      description:
        'Why it failed or was not sent: `no_phone_number`, `no_push_device`, `sms_not_configured`, `email_not_configured`, `answered`, `alert_cancelled`, or the channel’s own words',
    }),
    queuedAt: z.string(),
    sentAt: z.string().nullable(),
    deliveredAt: z.string().nullable(),
    failedAt: z.string().nullable(),
  })
  .openapi('AlertChannelDelivery');

export const ZRecipient = z
  .object({
    id: z.uuid(),
    alertId: z.uuid(),
    userId: z.uuid(),
    name: z.string(),
    reason: z.enum(RECIPIENT_REASONS),
    roleName: z.string().nullable(),
    response: z.enum(ALERT_RESPONSES).nullable(),
    etaMinutes: z.number().int().nullable(),
    respondedAt: z.string().nullable(),
    respondedVia: z.enum(RESPONSE_SOURCES).nullable(),
    channels: z.array(ZChannelDelivery),
    nextEscalationAt: z.string().nullable(),
  })
  .openapi('AlertRecipient');

export const ZAlertSummary = z
  .object({
    id: z.uuid(),
    incidentId: z.uuid().nullable(),
    incidentTitle: z
      .string()
      .nullable()
      .openapi({ description: 'The title of the incident it belongs to; null for an alert on its own' }),
    title: z.string(),
    urgency: z.enum(ALERT_URGENCIES),
    isExercise: z.boolean(),
    status: z.enum(['active', 'cancelled']),
    createdAt: z.string(),
    createdByName: z.string().nullable(),
    cancelledAt: z.string().nullable(),
    counts: z.object({
      recipients: z.number().int(),
      coming: z.number().int(),
      unavailable: z.number().int(),
      acknowledged: z.number().int(),
      noResponse: z.number().int(),
    }),
  })
  .openapi('AlertSummary');

export const ZAlert = ZAlertSummary.extend({
  body: z.string(),
  location: z.string(),
  escalationMinutes: z.number().int(),
  linksExpireAt: z.string(),
  recipients: z.array(ZRecipient),
}).openapi('Alert');

const ZEta = z
  .number()
  .int()
  .min(0)
  .max(600)
  .optional()
  .openapi({ description: 'Minutes until arrival, with `coming`' });

export const ZRespondBody = z
  .object({ response: z.enum(ALERT_RESPONSES), etaMinutes: ZEta })
  .openapi('AlertResponseBody');

export const ZMyAlert = z
  .object({
    alertId: z.uuid(),
    incidentId: z.uuid().nullable(),
    title: z.string(),
    body: z.string(),
    location: z.string(),
    isExercise: z.boolean(),
    urgency: z.enum(ALERT_URGENCIES),
    createdAt: z.string(),
    status: z.enum(['active', 'cancelled']),
    response: z.enum(ALERT_RESPONSES).nullable(),
    etaMinutes: z.number().int().nullable(),
  })
  .openapi('MyAlert');

const ZToken = z
  .string()
  .min(1)
  .max(200)
  .openapi({ description: 'The token after `#` in the response link' });

export const ZLinkViewBody = z.object({ token: ZToken }).openapi('AlertLinkViewBody');

export const ZLinkView = z
  .object({
    title: z.string(),
    body: z.string(),
    location: z.string(),
    isExercise: z.boolean(),
    urgency: z.enum(ALERT_URGENCIES),
    organisationName: z.string(),
    recipientName: z.string(),
    language: z.enum(['nl', 'en']),
    state: z.enum(['open', 'used', 'expired', 'cancelled']),
    response: z.enum(ALERT_RESPONSES).nullable(),
    etaMinutes: z.number().int().nullable(),
  })
  .openapi('AlertLinkView');

export const ZLinkRespondBody = z
  .object({
    token: ZToken,
    response: z.enum(ALERT_RESPONSES),
    etaMinutes: ZEta,
    source: z
      .enum(['link', 'push'])
      .optional()
      .openapi({ description: 'Where the answer was given (default: link)' }),
  })
  .openapi('AlertLinkResponseBody');

export const ZLinkAnswer = z
  .object({ response: z.enum(ALERT_RESPONSES), etaMinutes: z.number().int().nullable() })
  .openapi('AlertLinkAnswer');
