import { z } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../../http/app-env.js';
import { requireActor } from '../../http/require-actor.js';
import { requirePermission } from '../../http/require-permission.js';
import { canManagePreparation } from '../../policies/incidents.js';
import { COMMON_ERRORS } from '../openapi-router.js';

/**
 * Preparation is admin work: checked before the input is validated, so a member learns nothing
 * from a 400 and gets the same 403 whatever they send. Reading is open to every member.
 */
export const preparationManagersOnly: MiddlewareHandler<AppEnv> = async (c, next) => {
  requirePermission(requireActor(c), canManagePreparation);
  await next();
};

export const ZIdParams = z.object({ id: z.uuid() });

/** A name people see in lists; unique per organisation where the use case says so. */
export const ZName = z.string().trim().min(1).max(100);
export const ZDescription = z.string().trim().max(2000);

/** A thing of the organisation by id and name, as other records refer to it. */
export const ZNamedRef = z.object({ id: z.uuid(), name: z.string() }).openapi('NamedRef');

/** A PATCH body must change something. */
export const changesSomething = (body: object) => Object.values(body).some((value) => value !== undefined);

/** The answers every write documents besides its success. */
export const WRITE_ERRORS = {
  400: COMMON_ERRORS[400],
  401: COMMON_ERRORS[401],
  403: COMMON_ERRORS[403],
} as const;

/** The answers every change or removal of one thing documents besides its success. */
export const ITEM_ERRORS = { ...WRITE_ERRORS, 404: COMMON_ERRORS[404] } as const;

/** A 409 with the reason in the description; the message says what to do. */
export const conflictError = (description: string) => ({ ...COMMON_ERRORS[400], description });
