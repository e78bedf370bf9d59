import type { Actor } from './actor.js';
import type { OperatorRole } from './operator.js';

/**
 * The breach register (GDPR art. 33(5)) is the operator's: its privacy officer, and a platform
 * admin standing in, record breaches and the decisions about notifying; support staff never do.
 */
export const canManageBreaches = (operatorRole: OperatorRole | undefined) =>
  operatorRole === 'privacy_officer' || operatorRole === 'platform_admin';

/** An organisation's admins read the breaches that concern their organisation (art. 33(2)). */
export const canReadOrganisationBreaches = (actor: Actor) => actor.role === 'admin';
