import { and, eq } from 'drizzle-orm';
import type { Transaction } from '../../db/database.js';
import { uuidv7 } from '../../db/ids.js';
import { incidentParticipants } from '../../db/schema/incidents.js';
import type { AlertPerson } from './resolve-recipients.js';

/**
 * People alerted for an incident work on it: they become participants (with the role they were
 * alerted for), so the link in the alert opens an incident room they may enter. Someone already
 * on the incident is left as they are. Returns whether anyone joined.
 */
export async function joinAlertedToIncident(
  tx: Transaction,
  organisationId: string,
  incidentId: string,
  people: readonly AlertPerson[],
): Promise<boolean> {
  if (people.length === 0) return false;
  // Someone already on the incident (in any team) stays as they are: one more row without a team
  // would list them twice.
  const present = await tx
    .selectDistinct({ userId: incidentParticipants.userId })
    .from(incidentParticipants)
    .where(
      and(
        eq(incidentParticipants.organisationId, organisationId),
        eq(incidentParticipants.incidentId, incidentId),
      ),
    );
  const already = new Set(present.map((row) => row.userId));
  const joining = people.filter((person) => !already.has(person.userId));
  if (joining.length === 0) return false;
  // In slices: one statement holds at most 65,535 parameters, and an alert may call 10,000 people.
  let joined = 0;
  for (let start = 0; start < joining.length; start += 5000) {
    const inserted = await tx
      .insert(incidentParticipants)
      .values(
        joining.slice(start, start + 5000).map((person) => ({
          id: uuidv7(),
          organisationId,
          incidentId,
          userId: person.userId,
          teamId: null,
          teamName: null,
          roleId: person.roleId,
          roleName: person.roleName,
        })),
      )
      .onConflictDoNothing()
      .returning({ id: incidentParticipants.id });
    joined += inserted.length;
  }
  return joined > 0;
}
