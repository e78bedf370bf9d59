import { z } from '@hono/zod-openapi';
import {
  SITE_CHAT_AUTHORS,
  SITE_CHAT_CONTACT_FIELDS,
  SITE_CHAT_STATUSES,
} from '../../db/schema/site-chat.js';

/** The longest message a visitor or staff member may send; a chat is not a place for documents. */
export const MESSAGE_MAX_LENGTH = 2000;

const ZMessageText = z
  .string()
  .trim()
  .min(1)
  .max(MESSAGE_MAX_LENGTH)
  .openapi({ description: `The message, 1 to ${MESSAGE_MAX_LENGTH} characters` });

export const ZStartBody = z.object({ message: ZMessageText }).openapi('SiteChatStartBody');
export const ZMessageBody = z.object({ message: ZMessageText }).openapi('SiteChatMessageBody');

export const ZContactAnswerBody = z
  .object({
    name: z.string().trim().max(200).optional(),
    email: z.union([z.email().max(320), z.literal('')]).optional(),
    company: z.string().trim().max(200).optional(),
  })
  .openapi('SiteChatContactAnswer', {
    description: 'Any of the details asked for; leave all out to decline. Details not asked for are ignored.',
  });

export const ZSatisfactionBody = z
  .object({ satisfied: z.boolean().openapi({ description: 'Yes: resolved; no: open again for staff' }) })
  .openapi('SiteChatSatisfaction');

export const ZContactRequestBody = z
  .object({
    fields: z.array(z.enum(SITE_CHAT_CONTACT_FIELDS)).min(1).max(3),
    reason: z
      .string()
      .trim()
      .min(3)
      .max(300)
      .openapi({ description: 'Why staff need these details; the visitor reads it' }),
  })
  .openapi('SiteChatContactRequestBody');

export const ZTokenHeader = z.object({
  'x-site-chat-token': z
    .string()
    .min(20)
    .max(200)
    .openapi({ description: 'The conversation token the browser received when the conversation started' }),
});

export const ZWaitQuery = z.object({
  after: z.coerce.number().int().nonnegative().optional().openapi({
    description: 'Wait (up to 25 seconds) until the conversation is newer than this version (long-poll)',
  }),
});

const ZContactDetails = z.object({
  name: z.string().nullable(),
  email: z.string().nullable(),
  company: z.string().nullable(),
});
const ZStatus = z.enum(SITE_CHAT_STATUSES);
const ZAuthor = z.enum(SITE_CHAT_AUTHORS);

export const ZVisitorConversation = z
  .object({
    status: ZStatus,
    version: z.number().int(),
    language: z.enum(['nl', 'en']),
    messages: z.array(z.object({ id: z.string(), author: ZAuthor, body: z.string(), createdAt: z.string() })),
    contactRequest: z
      .object({ fields: z.array(z.enum(SITE_CHAT_CONTACT_FIELDS)), reason: z.string() })
      .nullable(),
    contactDetails: ZContactDetails,
    satisfactionAsked: z.boolean(),
    deletedAfter: z.string().openapi({ description: 'The first retention run after this moment deletes it' }),
  })
  .openapi('SiteChatVisitorConversation');

export const ZStarted = z
  .object({
    token: z.string().openapi({ description: 'Shown once; keep it to read and continue the conversation' }),
    conversation: ZVisitorConversation,
  })
  .openapi('SiteChatStarted');

export const ZStaffConversation = z
  .object({
    id: z.string(),
    status: ZStatus,
    version: z.number().int(),
    language: z.enum(['nl', 'en']),
    waitingSince: z.string().nullable(),
    contactRequest: z
      .object({ fields: z.array(z.enum(SITE_CHAT_CONTACT_FIELDS)), reason: z.string(), askedAt: z.string() })
      .nullable(),
    contactAnsweredAt: z.string().nullable(),
    contactDetails: ZContactDetails,
    answeredAt: z.string().nullable(),
    satisfied: z.boolean().nullable(),
    resolvedAt: z.string().nullable(),
    deletedAfter: z.string(),
    createdAt: z.string(),
    messages: z.array(
      z.object({
        id: z.string(),
        author: ZAuthor,
        staffName: z.string().nullable(),
        body: z.string(),
        createdAt: z.string(),
      }),
    ),
  })
  .openapi('SiteChatStaffConversation');

export const ZInboxItem = z
  .object({
    id: z.string(),
    status: ZStatus,
    waitingSince: z.string().nullable(),
    waitingSeconds: z.number().int().nullable(),
    contactName: z.string().nullable(),
    lastMessage: z.object({ author: ZAuthor, preview: z.string(), at: z.string() }).nullable(),
    messageCount: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('SiteChatInboxItem');
