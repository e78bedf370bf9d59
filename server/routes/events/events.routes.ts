import { createRoute, z } from '@hono/zod-openapi';
import type { StreamedEvent } from '../../events/event-hub.js';
import type { AppDependencies } from '../../http/app-env.js';
import { requireActor } from '../../http/require-actor.js';
import { DomainError, notFound } from '../../modules/domain-error.js';
import { mayFollowTopics } from '../../modules/incidents/may-follow-topics.js';
import { canSeeEvent, EVENT_AUDIENCE_KEY, isSubscribableTopic } from '../../policies/events.js';
import { COMMON_ERRORS, createRouter } from '../openapi-router.js';
import { StreamGuard } from './stream-guard.js';
import { answerWithStream } from './stream-sinks.js';

const HEARTBEAT_MS = 25_000;

const ZEventsQuery = z.object({
  topics: z.string().min(1).max(2000).openapi({
    description: 'Comma-separated topics, e.g. `organisation` or `incident:<id>`',
    example: 'organisation',
  }),
  lastEventId: z.coerce.number().int().nonnegative().optional().openapi({
    description: 'Alternative to the Last-Event-ID header, for clients that cannot set headers',
  }),
});

const eventStream = createRoute({
  method: 'get',
  path: '/api/events',
  tags: ['Events'],
  summary: 'Live stream (Server-Sent Events) of the changes you may see',
  description:
    'Each message has the event id as `id`, the event type as `event` and the JSON payload as `data`. ' +
    'Reconnect with the `Last-Event-ID` header to receive exactly the events you missed.',
  request: {
    query: ZEventsQuery,
    headers: z.object({ 'last-event-id': z.coerce.number().int().nonnegative().optional() }),
  },
  responses: {
    200: { description: 'An open event stream', content: { 'text/event-stream': { schema: z.string() } } },
    400: COMMON_ERRORS[400],
    401: COMMON_ERRORS[401],
    404: {
      ...COMMON_ERRORS[404],
      description: 'A followed incident does not exist or you do not work on it',
    },
  },
});

const encoder = new TextEncoder();
const encodedMessages = new WeakMap<StreamedEvent, Uint8Array>();

/**
 * The SSE message of an event, serialised and encoded once however many streams it goes to: the
 * hub hands every client the same event object, and at a thousand phones per incident this is
 * most of the fan-out's work. JSON has no line breaks, so the data is one line.
 */
function encodedMessage(event: StreamedEvent): Uint8Array {
  let encoded = encodedMessages.get(event);
  if (!encoded) {
    // Who else an event was meant for is not the receiver's business.
    const { [EVENT_AUDIENCE_KEY]: _audience, ...payload } = event.payload;
    const data = JSON.stringify({ topic: event.topic, payload, createdAt: event.createdAt });
    encoded = encoder.encode(`id: ${event.id}\nevent: ${event.type}\ndata: ${data}\n\n`);
    encodedMessages.set(event, encoded);
  }
  return encoded;
}

export function eventRoutes(deps: AppDependencies) {
  const guard = new StreamGuard(deps.database.db, deps.config.STREAM_SESSION_CHECK_MS);
  return createRouter().openapi(eventStream, async (c) => {
    const actor = requireActor(c);
    const query = c.req.valid('query');
    const topics = new Set(
      query.topics
        .split(',')
        .map((topic) => topic.trim())
        .filter(Boolean),
    );
    if ([...topics].some((topic) => !isSubscribableTopic(topic))) throw new DomainError('invalid_topic', 400);
    if (!(await mayFollowTopics(deps.database.db, actor, topics))) throw notFound();
    const lastEventId = c.req.valid('header')['last-event-id'] ?? query.lastEventId;
    return answerWithStream(c, async (sink) => {
      const disconnect = await deps.hub.connect(
        {
          organisationId: actor.organisationId,
          topics,
          mayReceive: (event) => canSeeEvent(actor, event),
          send: (event) => sink.write(encodedMessage(event)),
          close: () => sink.end(),
        },
        lastEventId,
      );
      const heartbeat = setInterval(() => sink.write(': heartbeat\n\n'), HEARTBEAT_MS);
      // A stream outlives the request that opened it: the guard ends it within one check once its
      // session ends or its person no longer works on a followed incident.
      const unwatch = guard.watch(actor, topics, () => sink.end());
      await sink.closed;
      clearInterval(heartbeat);
      unwatch();
      disconnect();
    });
  });
}
