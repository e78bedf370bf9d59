import type { Actor } from './actor.js';
import type { OperatorRole } from './operator.js';

/**
 * A legal hold keeps data beyond erasure (art. 17(3)), so it is placed and lifted by whoever
 * answers for the data: the organisation's admins for its people and incidents, or the operator's
 * privacy officer (and a platform admin) for any organisation.
 */
// @promise P17 legal holds are placed and lifted only by the organisation's admins or the operator's privacy officer
export function canManageLegalHold(
  actor: Actor,
  operatorRole: OperatorRole | undefined,
  organisationId: string,
): boolean {
  if (operatorRole === 'privacy_officer' || operatorRole === 'platform_admin') return true;
  return actor.role === 'admin' && actor.organisationId === organisationId;
}

/** The operator's privacy staff see every organisation's holds. */
export const canReadAllLegalHolds = (operatorRole: OperatorRole | undefined) =>
  operatorRole === 'privacy_officer' || operatorRole === 'platform_admin';
