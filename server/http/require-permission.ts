import { forbidden } from '../modules/domain-error.js';
import type { Actor } from '../policies/actor.js';

/** Throws 403 unless the policy allows; routes call this with a rule from policies/. */
export function requirePermission(actor: Actor, rule: (actor: Actor) => boolean): void {
  if (!rule(actor)) throw forbidden();
}
