import type { Participant } from '../../../../api/incidents-api';

/** The list in a `participants.changed` payload (`{ participants }`). */
export function participantsFrom(payload: unknown): Participant[] | undefined {
  if (typeof payload !== 'object' || payload === null || !('participants' in payload)) return undefined;
  const { participants } = payload;
  // The server sends the same shape its GET answers with (the shared contract).
  return Array.isArray(participants) ? (participants as Participant[]) : undefined;
}
