import type { IncidentStatus } from '../db/schema/incidents.js';
import type { Actor } from './actor.js';

/**
 * Need-to-know: an incident is visible to the people working on it (its participants) and to the
 * organisation's admins, who run the crisis organisation. Everyone else cannot tell it exists.
 */
export const canSeeIncident = (actor: Actor, isParticipant: boolean) =>
  actor.role === 'admin' || isParticipant;

/** The way an incident's status may move, and who may move it. */
export function canChangeIncidentStatus(
  actor: Actor,
  incident: { status: IncidentStatus; startedBy: string | null },
  to: IncidentStatus,
  isParticipant: boolean,
): boolean {
  const isAdmin = actor.role === 'admin';
  if (incident.status === 'active' && to === 'closed') return isAdmin || isParticipant;
  if (incident.status === 'closed' && to === 'active') return isAdmin;
  if (incident.status === 'closed' && to === 'archived') return isAdmin;
  if (incident.status === 'archived' && to === 'closed') return isAdmin;
  return false;
}

/** Whether the move itself exists (active → closed → archived, and back one step by an admin). */
export function isIncidentStatusTransition(from: IncidentStatus, to: IncidentStatus): boolean {
  return (
    (from === 'active' && to === 'closed') ||
    (from === 'closed' && (to === 'active' || to === 'archived')) ||
    (from === 'archived' && to === 'closed')
  );
}

/** Deleting an incident removes its record for good: admins only, and it is audited. */
export const canDeleteIncident = (actor: Actor) => actor.role === 'admin';

/** Preparation (roles, teams, locations, logbook set-up, templates, scenarios) is admin work ("beheer"). */
export const canManagePreparation = (actor: Actor) => actor.role === 'admin';
