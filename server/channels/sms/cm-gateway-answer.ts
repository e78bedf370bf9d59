import { z } from 'zod';
import { PermanentDeliveryError } from '../alert-channel.js';

/** The answer of CM.com's Business Messaging API (JSON), per request and per message. */
export const ZCmAnswer = z.object({
  details: z.string().nullish(),
  errorCode: z.number().int(),
  messages: z
    .array(
      z.object({
        to: z.string().nullish(),
        status: z.string(),
        reference: z.string().nullish(),
        parts: z.number().int().nullish(),
        messageDetails: z.string().nullish(),
        messageErrorCode: z.number().int().nullish(),
      }),
    )
    .default([]),
});
type CmAnswer = z.infer<typeof ZCmAnswer>;

/** CM's error codes by name, as its SDKs list them. */
const CM_ERROR_NAMES: Record<number, string> = {
  101: 'AUTHENTICATION_FAILED',
  102: 'BALANCE_INSUFFICIENT',
  103: 'APIKEY_INCORRECT',
  201: 'REQUEST_NOT_ALL_SENT',
  202: 'REQUEST_MALFORMED',
  203: 'MSG_ARRAY_INCORRECT',
  301: 'MSG_INVALID_FROM',
  302: 'MSG_INVALID_TO',
  303: 'MSG_INVALID_MSISDN',
  304: 'MSG_INVALID_BODY',
  305: 'MSG_INVALID_FIELD',
  401: 'SPAM',
  402: 'BLACKLISTED',
  403: 'REJECTED',
  500: 'INTERNAL_ERROR',
  999: 'UNKNOWN',
};

const TOKEN_REFUSED = new Set([101, 103]);
/** Codes that say this very message will never be taken (number, sender, text, blocked). */
const MESSAGE_REFUSED = new Set([202, 203, 301, 302, 303, 304, 305, 401, 402, 403]);

function cmErrorName(code: number): string {
  return CM_ERROR_NAMES[code] ?? `CM_ERROR_${code}`;
}

export function tokenRefused(): Error {
  return new Error('The SMS gateway refused the product token (SMS_HTTP_TOKEN); the SMS will be retried');
}

/** The error for an answer that does not accept the message: permanent for this message, else retryable. */
export function cmRefusal(answer: CmAnswer, reference: string): Error {
  if (TOKEN_REFUSED.has(answer.errorCode)) return tokenRefused();
  const mine = ownMessage(answer, reference);
  const code = mine?.messageErrorCode || answer.errorCode;
  if (MESSAGE_REFUSED.has(code)) return new PermanentDeliveryError(cmErrorName(code));
  const detail = mine?.messageDetails ?? answer.details ?? '';
  return new Error(
    `The SMS gateway did not accept the SMS for now (${cmErrorName(code)}${detail ? `: ${detail}` : ''}); it will be retried`,
  );
}

/** Whether the gateway took our message for delivery. */
export function isAccepted(answer: CmAnswer, reference: string): boolean {
  return answer.errorCode === 0 && ownMessage(answer, reference)?.status.toLowerCase() === 'accepted';
}

/** Our message in the answer: by reference, or the only one when the gateway does not echo it. */
function ownMessage(answer: CmAnswer, reference: string): CmAnswer['messages'][number] | undefined {
  const byReference = answer.messages.find((message) => message.reference === reference);
  return byReference ?? (answer.messages.length === 1 ? answer.messages[0] : undefined);
}
