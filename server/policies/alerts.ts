import type { Actor } from './actor.js';

/**
 * Alerting people is crisis work: admins may alert anyone; on an incident, the people working on
 * it may call in more people (the team lead at 04:00 is often not an admin).
 */
export const canSendAlert = (actor: Actor, incident: { isParticipant: boolean } | null) =>
  actor.role === 'admin' || (incident?.isParticipant ?? false);

/**
 * Who sees an alert's response board: for an incident's alert, whoever may see the incident
 * (checked by the incident's own door); for an alert on its own, admins and the person who sent it.
 */
export const canSeeStandaloneAlert = (actor: Actor, alert: { createdBy: string | null }) =>
  actor.role === 'admin' || alert.createdBy === actor.userId;

/**
 * Calling an alert off stops it for everyone, so it is for admins and whoever sent it, not for
 * everyone it reached (they all join the incident).
 */
export const canCancelAlert = (actor: Actor, alert: { createdBy: string | null }) =>
  actor.role === 'admin' || alert.createdBy === actor.userId;
