import type { Actor } from './actor.js';
import type { OperatorRole } from './operator.js';

/** Organisation admins read their own organisation's usage statistics (aggregates only). */
export const canReadOrganisationStatistics = (actor: Actor) => actor.role === 'admin';
/** Every operator staff role reads use per organisation (counts only, like the organisation list). */
export const canReadPlatformStatistics = (role: OperatorRole | undefined) => role !== undefined;
/** Everyone decides for themselves whether they are counted (objection, GDPR art. 21). */
export const canObjectToUsageStatistics = (_actor: Actor) => true;
