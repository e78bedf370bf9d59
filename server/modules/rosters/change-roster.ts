import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db/database.js';
import { onCallRosters } from '../../db/schema/rosters.js';
import { inTenant } from '../../db/tenant-transaction.js';
import type { Actor } from '../../policies/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { type RosterInput, requireRoleWithoutRoster, rosterRoleRace } from './create-roster.js';
import { findRoster } from './find-roster.js';
import { getRoster } from './list-rosters.js';
import { rosterAuditAction } from './roster-audit.js';
import { ROSTER_MEMBER_CODES, requireAssignablePeople } from './roster-members.js';

/**
 * Changes a roster: its role, name, rotation or members. Swaps stay as they are: they name
 * periods, not turns. A member deactivated since they were put on the roster may stay on it.
 */
export async function changeRoster(
  db: Database,
  actor: Actor,
  rosterId: string,
  changes: Partial<RosterInput>,
  ipAddress?: string,
) {
  const { organisationId } = actor;
  try {
    return await inTenant(db, organisationId, async (tx) => {
      const roster = await findRoster(tx, organisationId, rosterId, true);
      if (changes.roleId !== undefined && changes.roleId !== roster.roleId)
        await requireRoleWithoutRoster(tx, organisationId, changes.roleId, rosterId);
      if (changes.memberIds !== undefined)
        await requireAssignablePeople(
          tx,
          organisationId,
          changes.memberIds,
          roster.memberIds,
          'memberIds',
          ROSTER_MEMBER_CODES,
        );
      await tx
        .update(onCallRosters)
        .set(changes)
        .where(and(eq(onCallRosters.organisationId, organisationId), eq(onCallRosters.id, rosterId)));
      await recordAudit(tx, {
        organisationId,
        actorUserId: actor.userId,
        action: rosterAuditAction('roster.changed'),
        targetType: 'roster',
        targetId: rosterId,
        ipAddress,
        details: {
          name: changes.name ?? roster.name,
          changed: Object.keys(changes).filter((key) => changes[key as keyof RosterInput] !== undefined),
        },
      });
      return getRoster(tx, organisationId, rosterId, new Date());
    });
  } catch (error) {
    throw rosterRoleRace(error);
  }
}
