import type { Actor } from './actor.js';
import { canManagePreparation } from './incidents.js';

/** Setting up on-call rosters and a role's deputies is preparation, admin work; everyone may look. */
export const canManageRosters = (actor: Actor) => canManagePreparation(actor);

/**
 * A swap hands a period of a roster to someone else. Admins arrange any swap; anyone else may hand
 * over a period only when all of it is their own shift, as the schedule stands (`scheduled`: who
 * is on call in each part of the period, null where nobody is). Arranging cover for yourself needs
 * no admin at night; giving away someone else's shift does.
 */
export const canSwapShift = (actor: Actor, scheduled: readonly (string | null)[]) =>
  actor.role === 'admin' || (scheduled.length > 0 && scheduled.every((userId) => userId === actor.userId));

/** A swap is withdrawn by an admin or by whoever made it. */
export const canRemoveSwap = (actor: Actor, swap: { createdBy: string | null }) =>
  actor.role === 'admin' || swap.createdBy === actor.userId;
