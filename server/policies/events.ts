import type { Actor } from './actor.js';

export interface VisibleEvent {
  organisationId: string | null;
  topic: string;
}

/**
 * Whether a user may receive an event on the live stream. Events belong to one organisation and
 * nobody outside it sees them; platform events (no organisation) reach no organisation user.
 * Incident topics are narrowed further to the people who may read the incident
 * (modules/incidents/may-follow-topics.ts), at connect and while the stream is open.
 */
export function canSeeEvent(actor: Actor, event: VisibleEvent): boolean {
  return event.organisationId !== null && event.organisationId === actor.organisationId;
}

/** Topics a user may subscribe to: their organisation's, by name; unknown shapes are refused. */
export function isSubscribableTopic(topic: string): boolean {
  return /^[a-z][a-z-]*(:[0-9a-f-]{36})?$/.test(topic);
}
