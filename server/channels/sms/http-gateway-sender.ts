import { type AlertChannelSender, PermanentDeliveryError } from '../alert-channel.js';
import { cmRefusal, isAccepted, tokenRefused, ZCmAnswer } from './cm-gateway-answer.js';
import { internationalNumber } from './phone-number.js';
import { MAX_SMS_SEGMENTS, renderAlertSms } from './sms-text.js';

export interface HttpGatewaySenderOptions {
  /** The gateway's JSON endpoint, e.g. `https://gw.messaging.cm.com/v1.0/message`. */
  url: string;
  /** The product token. */
  token: string;
  sender: string;
  /** For tests and proxies; the global fetch by default. */
  fetch?: typeof fetch;
  /** How long one request may take before it counts as failed (retryable); 15 s by default. */
  timeoutMs?: number;
}

/**
 * CM allows 32 alphanumeric characters as reference; a delivery id (a UUID) without its hyphens is
 * exactly that, and still finds the delivery for support.
 */
function referenceFor(deliveryId: string): string {
  return deliveryId.replace(/-/g, '');
}

/** The SMS channel through a CM.com-compatible HTTP gateway (Business Messaging API, JSON). */
export function createHttpGatewaySender(options: HttpGatewaySenderOptions): AlertChannelSender {
  const fetchGateway = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? 15_000;

  return {
    channel: 'sms',
    async send(message, address) {
      if (!address.phone?.trim()) throw new PermanentDeliveryError('no_phone_number');
      // CM's preferred form: 00, country code, number; no plus, no spaces.
      const number = `00${internationalNumber(address.phone)}`;
      const reference = referenceFor(message.deliveryId);
      const request = {
        messages: {
          authentication: { producttoken: options.token },
          msg: [
            {
              from: options.sender,
              to: [{ number }],
              body: { type: 'auto', content: renderAlertSms(message) },
              reference,
              allowedChannels: ['SMS'],
              minimumNumberOfMessageParts: 1,
              maximumNumberOfMessageParts: MAX_SMS_SEGMENTS,
            },
          ],
        },
      };
      let response: Response;
      try {
        response = await fetchGateway(options.url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            accept: 'application/json',
            'x-cm-producttoken': options.token,
          },
          body: JSON.stringify(request),
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (error) {
        throw new Error(
          `The SMS gateway could not be reached (${(error as Error).message}); it will be retried`,
        );
      }
      if (response.status === 401 || response.status === 403) throw tokenRefused();
      if (response.status >= 500 || response.status === 429)
        throw new Error(`The SMS gateway answered HTTP ${response.status}; the SMS will be retried`);
      const answer = ZCmAnswer.safeParse(await response.json().catch(() => null));
      if (!answer.success)
        throw new Error(
          `The SMS gateway gave an unreadable answer (HTTP ${response.status}); it will be retried`,
        );
      if (!isAccepted(answer.data, reference)) throw cmRefusal(answer.data, reference);
      // CM reports delivery by our reference, so that is the id a later report will carry.
      return { status: 'sent', providerMessageId: reference };
    },
  };
}
