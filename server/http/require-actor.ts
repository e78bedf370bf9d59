import type { Context } from 'hono';
import { unauthenticated } from '../modules/domain-error.js';
import type { Actor } from '../policies/actor.js';
import type { AppEnv } from './app-env.js';

/** The signed-in actor of a request, or a 401 for routes that need one. */
export function requireActor(c: Context<AppEnv>): Actor {
  const actor = c.get('actor');
  if (!actor) throw unauthenticated();
  return actor;
}
