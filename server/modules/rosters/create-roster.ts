import { and, eq } from 'drizzle-orm';
import type { Database, Transaction } from '../../db/database.js';
import { uuidv7 } from '../../db/ids.js';
import { onCallRosters } from '../../db/schema/rosters.js';
import { roles } from '../../db/schema/teams.js';
import { inTenant } from '../../db/tenant-transaction.js';
import type { Actor } from '../../policies/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { DomainError } from '../domain-error.js';
import { requireOwnIds, sqlStateOf } from '../preparation/organisation-rows.js';
import { getRoster } from './list-rosters.js';
import { rosterAuditAction } from './roster-audit.js';
import { ROSTER_MEMBER_CODES, requireAssignablePeople } from './roster-members.js';

export interface RosterInput {
  roleId: string;
  name: string;
  timeZone: string;
  rotationStart: Date;
  shiftHours: number;
  memberIds: string[];
}

/** Refuses a second roster for a role: 409 with what to do instead. */
export async function requireRoleWithoutRoster(
  tx: Transaction,
  organisationId: string,
  roleId: string,
  exceptRosterId?: string,
): Promise<void> {
  await requireOwnIds(tx, roles, organisationId, [roleId], 'role_unknown', () => 'roleId');
  const [existing] = await tx
    .select({ id: onCallRosters.id })
    .from(onCallRosters)
    .where(and(eq(onCallRosters.organisationId, organisationId), eq(onCallRosters.roleId, roleId)));
  if (existing && existing.id !== exceptRosterId) throw new DomainError('roster_role_taken', 409);
}

/** The same 409 when a concurrent request gave the role a roster first (the unique index refuses). */
export function rosterRoleRace(error: unknown): unknown {
  return sqlStateOf(error) === '23505' ? new DomainError('roster_role_taken', 409) : error;
}

/** Sets up the on-call roster of a role (one per role), with its members in turn order. */
export async function createRoster(db: Database, actor: Actor, input: RosterInput, ipAddress?: string) {
  const { organisationId } = actor;
  try {
    return await inTenant(db, organisationId, async (tx) => {
      await requireRoleWithoutRoster(tx, organisationId, input.roleId);
      await requireAssignablePeople(
        tx,
        organisationId,
        input.memberIds,
        [],
        'memberIds',
        ROSTER_MEMBER_CODES,
      );
      const id = uuidv7();
      await tx.insert(onCallRosters).values({ id, organisationId, ...input });
      await recordAudit(tx, {
        organisationId,
        actorUserId: actor.userId,
        action: rosterAuditAction('roster.created'),
        targetType: 'roster',
        targetId: id,
        ipAddress,
        details: { roleId: input.roleId, name: input.name, memberCount: input.memberIds.length },
      });
      return getRoster(tx, organisationId, id, new Date());
    });
  } catch (error) {
    throw rosterRoleRace(error);
  }
}
