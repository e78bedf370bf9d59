import type { Context } from 'hono';
import { forbidden, unauthenticated } from '../modules/domain-error.js';
import type { Actor } from '../policies/actor.js';
import { type ApiKeyActor, type ApiKeyScope, apiKeyHasScope } from '../policies/api-key-actor.js';
import type { AppEnv } from './app-env.js';

/** Who a request acts for on routes open to both people and integrations. */
export interface ActorOrApiKey {
  organisationId: string;
  actor?: Actor;
  apiKey?: ApiKeyActor;
}

/**
 * A signed-in user, or an API key that has `scope`: 403 for a key without it, 401 for neither.
 * The user's own permissions are still the route's to check.
 */
export function requireActorOrApiKey(c: Context<AppEnv>, scope: ApiKeyScope): ActorOrApiKey {
  const actor = c.get('actor');
  if (actor) return { organisationId: actor.organisationId, actor };
  const apiKey = c.get('apiKey');
  if (!apiKey) throw unauthenticated();
  if (!apiKeyHasScope(apiKey, scope)) throw forbidden();
  return { organisationId: apiKey.organisationId, apiKey };
}
