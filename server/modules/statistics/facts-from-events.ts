import type { UsageKind } from '../../db/schema/usage-statistics.js';

/** The few fields of an outbox event the projector reads (never a record's content). */
export interface UsageEvent {
  id: number;
  organisationId: string;
  type: string;
  actorId: string | null;
  /** `incidentId`, or an alert's `alertId` / `id`. */
  recordId: string | null;
  /** Only `alert.sent` says so itself; an incident's is looked up. */
  isExercise: boolean;
  /** Who an `alert.received` / `alert.answered` event is for. */
  audience: string[];
  createdAt: Date;
}

/** A fact before the projector has checked the person may be counted and added what it looks up. */
export interface CandidateFact {
  organisationId: string;
  userId: string;
  kind: UsageKind;
  recordId: string | null;
  isExercise: boolean;
  sourceEventId: number;
  occurredAt: Date;
}

/** Events that say what a person did, with the fact each makes of its actor. */
const ACTOR_FACTS: Record<string, UsageKind> = {
  'incident.started': 'incident_started',
  'logbook.entry_added': 'logbook_entry',
  'task.created': 'task_created',
  'situation.saved': 'situation_saved',
  'chat.message': 'chat_message',
  'alert.sent': 'alert_sent',
};

/** Events that are about the people in their audience rather than the actor. */
const AUDIENCE_FACTS: Record<string, UsageKind> = {
  'alert.received': 'alert_received',
  'alert.answered': 'alert_answered',
};

/** The event types the projector reads; everything else only moves its cursor. */
export const USAGE_EVENT_TYPES = [...Object.keys(ACTOR_FACTS), ...Object.keys(AUDIENCE_FACTS)];

/**
 * The facts one event makes. Escalation announces `alert.received` again to the same people, and a
 * changed answer announces `alert.answered` again: the dashboards count each person once per alert.
 */
export function factsFromEvent(event: UsageEvent): CandidateFact[] {
  const base = {
    organisationId: event.organisationId,
    recordId: event.recordId,
    isExercise: event.isExercise,
    sourceEventId: event.id,
    occurredAt: event.createdAt,
  };
  const actorKind = ACTOR_FACTS[event.type];
  if (actorKind) {
    if (!event.actorId) return [];
    // An exercise is started like an incident; the statistics keep them apart.
    const kind = actorKind === 'incident_started' && event.isExercise ? 'exercise_started' : actorKind;
    return [{ ...base, userId: event.actorId, kind }];
  }
  const audienceKind = AUDIENCE_FACTS[event.type];
  if (!audienceKind) return [];
  return [...new Set(event.audience)].map((userId) => ({ ...base, userId, kind: audienceKind }));
}
