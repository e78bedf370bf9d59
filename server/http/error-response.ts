import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ZodError, z } from 'zod';
import type { Language } from '../i18n/language.js';
import { MESSAGES, type MessageCode } from '../i18n/messages.js';
import { DomainError } from '../modules/domain-error.js';
import type { AppEnv } from './app-env.js';
import type { Logger } from './logger.js';

/** The body of every error answer: a stable code for programs, a sentence for people. */
export interface ErrorBody {
  error: {
    code: MessageCode;
    message: string;
    requestId: string;
    fields?: { path: string; message: string }[];
  };
}

export function errorBody(
  c: Context<AppEnv>,
  code: MessageCode,
  extra: Partial<ErrorBody['error']> = {},
): ErrorBody {
  const language = c.get('language') ?? 'nl';
  const requestId = c.get('requestId') ?? '';
  const base = MESSAGES[code][language];
  const message = code === 'internal_error' ? `${base} ${requestId}` : base;
  return { error: { code, message, requestId, ...extra } };
}

export function errorResponse(
  c: Context<AppEnv>,
  code: MessageCode,
  status: ContentfulStatusCode,
  extra = {},
) {
  return c.json(errorBody(c, code, extra), status);
}

const isMessageCode = (text: string): text is MessageCode => Object.hasOwn(MESSAGES, text);
const dutchZodMessages = z.locales.nl();

/**
 * Field messages in the request's language: our own rules carry a message code; zod's built-in
 * checks are worded by zod's Dutch or English locale.
 */
export function translateField(field: { path: string; message: string }, language: Language) {
  if (isMessageCode(field.message)) return { ...field, message: MESSAGES[field.message][language] };
  return field;
}

/**
 * Text fields too short or too long are the most common mistake in a form; zod words them for
 * programmers ("expected string to have >=1 characters"), so they get a sentence of their own.
 */
function textLengthMessage(issue: ZodError['issues'][number], language: Language): string | undefined {
  if ((issue.code !== 'too_small' && issue.code !== 'too_big') || issue.origin !== 'string') return undefined;
  const limit = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
  if (issue.code === 'too_small' && limit <= 1)
    return language === 'nl' ? 'Vul dit veld in.' : 'Please fill in this field.';
  if (issue.code === 'too_small')
    return language === 'nl' ? `Gebruik minstens ${limit} tekens.` : `Use at least ${limit} characters.`;
  return language === 'nl' ? `Gebruik hoogstens ${limit} tekens.` : `Use at most ${limit} characters.`;
}

export function zodFields(error: ZodError, language: Language): { path: string; message: string }[] {
  return error.issues.map((issue) => {
    const path = issue.path.join('.');
    if (isMessageCode(issue.message)) return translateField({ path, message: issue.message }, language);
    const textLength = textLengthMessage(issue, language);
    if (textLength) return { path, message: textLength };
    const dutch = language === 'nl' ? dutchZodMessages.localeError(issue as never) : undefined;
    const message = typeof dutch === 'string' ? dutch : (dutch?.message ?? issue.message);
    return { path, message };
  });
}

function codeForHttpException(error: HTTPException): MessageCode {
  if (error.status === 400 && /json/i.test(error.message)) return 'malformed_json';
  if (error.status === 401) return 'unauthenticated';
  if (error.status === 403) return 'forbidden';
  if (error.status === 404) return 'not_found';
  if (error.status === 413) return 'payload_too_large';
  if (error.status === 415) return 'unsupported_media_type';
  if (error.status === 429) return 'too_many_requests';
  return 'validation_failed';
}

/**
 * The one place an exception becomes an answer. Expected errors keep their status and get a
 * translated message; anything else is a 500 whose details go to the log only, never the client.
 */
export function createErrorHandler(logger: Logger) {
  return (error: Error, c: Context<AppEnv>) => {
    if (error instanceof DomainError) {
      const retryAfter = error.details?.retryAfterSeconds;
      if (typeof retryAfter === 'number') c.header('Retry-After', String(retryAfter));
      const fields = Array.isArray(error.details?.fields)
        ? (error.details.fields as ErrorBody['error']['fields'])
        : undefined;
      return errorResponse(
        c,
        error.code,
        error.status,
        fields ? { fields: fields.map((field) => translateField(field, c.get('language'))) } : {},
      );
    }
    if (error instanceof ZodError)
      return errorResponse(c, 'validation_failed', 400, { fields: zodFields(error, c.get('language')) });
    if (error instanceof HTTPException && error.status < 500) {
      return errorResponse(c, codeForHttpException(error), error.status as ContentfulStatusCode);
    }
    // A unique constraint lost to a concurrent request: the person can simply try again.
    const sqlState = (error.cause as { code?: string } | undefined)?.code;
    if (sqlState === '23505') return errorResponse(c, 'conflict', 409);
    // Something the request refers to was deleted by a concurrent request after it was checked.
    if (sqlState === '23503') return errorResponse(c, 'conflict', 409);
    // Class 22 is "data exception": a value the database cannot take (a date out of range, say).
    if (sqlState?.startsWith('22')) return errorResponse(c, 'validation_failed', 400);
    logger.error('request failed', { requestId: c.get('requestId'), path: c.req.path, error });
    return errorResponse(c, 'internal_error', 500);
  };
}
