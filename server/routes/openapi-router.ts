import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../http/app-env.js';

/** A router whose invalid input becomes the translated 400 of the error layer. */
export function createRouter(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>({
    // The error layer turns the ZodError into a 400 with field messages in the request's language.
    defaultHook: (result) => {
      if (!result.success) throw result.error;
    },
  });
}

export const ZErrorResponse = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'validation_failed' }),
      message: z.string().openapi({ example: 'De gegevens zijn niet volledig of niet juist.' }),
      requestId: z.string(),
      fields: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    }),
  })
  .openapi('Error');

const errorContent = (description: string) => ({
  description,
  content: { 'application/json': { schema: ZErrorResponse } },
});

/** The error answers every route documents; a route adds its own successes. */
export const COMMON_ERRORS = {
  400: errorContent('Invalid input; the message says what to fix (in the language of the request)'),
  401: errorContent('Not signed in'),
  403: errorContent('Only organisation administrators may do this'),
  404: errorContent('Not found, or not visible to you'),
} as const;

/** `content` of a JSON request body or response with this schema. */
export const jsonContent = <T>(schema: T) => ({ 'application/json': { schema } });

/** `security` of a route that integrations may call with an API key as well as people with a session. */
export const SESSION_OR_API_KEY: Record<string, string[]>[] = [{ session: [] }, { apiKey: [] }];
