import type { Incident } from '../../../api/incidents-api';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * The incident in an `incident.changed` payload, without permissions: those are the viewer's own,
 * so the event (the same for everyone) does not carry them.
 */
export function changedIncidentFrom(payload: unknown, id: string): Omit<Incident, 'permissions'> | undefined {
  if (!isRecord(payload) || !isRecord(payload.incident) || payload.incident.id !== id) return undefined;
  // The server sends the same shape its GET answers with (the shared contract), minus permissions.
  return payload.incident as unknown as Omit<Incident, 'permissions'>;
}
