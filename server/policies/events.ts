import type { Actor } from './actor.js';

export interface VisibleEvent {
  organisationId: string | null;
  topic: string;
  payload?: Record<string, unknown>;
}

/** The payload key of an event meant for some people of the organisation only; it is never sent. */
export const EVENT_AUDIENCE_KEY = 'audience';

/**
 * Whether a user may receive an event on the live stream. Events belong to one organisation and
 * nobody outside it sees them; platform events (no organisation) reach no organisation user.
 * Incident topics are narrowed further to the people who may read the incident
 * (modules/incidents/may-follow-topics.ts), at connect and while the stream is open; an event
 * with an audience reaches only that audience and the admins.
 */
export function canSeeEvent(actor: Actor, event: VisibleEvent): boolean {
  if (event.organisationId === null || event.organisationId !== actor.organisationId) return false;
  // An event on a shared topic (the incident list) that concerns one incident names its audience:
  // the incident's participants; admins see every incident, so they get it too.
  const audience = event.payload?.[EVENT_AUDIENCE_KEY];
  return !Array.isArray(audience) || actor.role === 'admin' || audienceSet(audience).has(actor.userId);
}

// An alert to 10,000 people names them all; looked up per connected client, a list would cost
// 10,000 comparisons each. The set is made once per event (the hub hands every client the same one).
const audienceSets = new WeakMap<unknown[], Set<unknown>>();
function audienceSet(audience: unknown[]): Set<unknown> {
  let set = audienceSets.get(audience);
  if (!set) {
    set = new Set(audience);
    audienceSets.set(audience, set);
  }
  return set;
}

/** Topics a user may subscribe to: their organisation's, by name; unknown shapes are refused. */
export function isSubscribableTopic(topic: string): boolean {
  return /^[a-z][a-z-]*(:[0-9a-f-]{36})?$/.test(topic);
}
