import type { AlertMessage } from '../alert-channel.js';

/** What the service worker (web/public/push-sw.js) receives, decrypted, for one alert. */
export interface PushAlertPayload {
  type: 'baken-alert';
  alertId: string;
  /** Starts with "OEFENING: " / "EXERCISE: " for an exercise. */
  title: string;
  body: string;
  location: string;
  isExercise: boolean;
  urgency: AlertMessage['urgency'];
  lang: AlertMessage['language'];
  /** Answers for this person on this alert without signing in (the notification's action buttons). */
  responseToken: string;
  url: string;
  actions: { coming: string; unavailable: string };
}

/**
 * Push services accept about 4 kB of ciphertext (RFC 8291 adds 103 bytes); staying well under it
 * leaves room for any service that counts differently.
 */
export const MAX_PAYLOAD_BYTES = 3000;

const TEXT = {
  nl: { exercise: 'OEFENING', coming: 'Ik kom', unavailable: 'Niet beschikbaar' },
  en: { exercise: 'EXERCISE', coming: "I'm coming", unavailable: 'Not available' },
} as const;

const bytesOf = (payload: PushAlertPayload) => Buffer.byteLength(JSON.stringify(payload), 'utf8');

/** The longest start of `text` (whole characters, then "…") for which `fits` holds; '' if none. */
function longestFitting(text: string, fits: (candidate: string) => boolean): string {
  if (fits(text)) return text;
  const characters = Array.from(text);
  let low = 0;
  let high = characters.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (fits(`${characters.slice(0, middle).join('')}…`)) low = middle;
    else high = middle - 1;
  }
  return low === 0 ? '' : `${characters.slice(0, low).join('')}…`;
}

/** The alert as the device shows it, in the person's language, shortened to fit one push message. */
export function buildPushPayload(message: AlertMessage): PushAlertPayload {
  const text = TEXT[message.language];
  let payload: PushAlertPayload = {
    type: 'baken-alert',
    alertId: message.alertId,
    title: message.isExercise ? `${text.exercise}: ${message.title}` : message.title,
    body: message.body,
    location: message.location,
    isExercise: message.isExercise,
    urgency: message.urgency,
    lang: message.language,
    responseToken: message.responseToken,
    url: `/respond#${message.responseToken}`,
    actions: { coming: text.coming, unavailable: text.unavailable },
  };
  // The body gives way first; title and location only for alerts that are all title or address.
  for (const field of ['body', 'location', 'title'] as const) {
    if (bytesOf(payload) <= MAX_PAYLOAD_BYTES) break;
    const current = payload;
    payload = {
      ...current,
      [field]: longestFitting(
        current[field],
        (candidate) => bytesOf({ ...current, [field]: candidate }) <= MAX_PAYLOAD_BYTES,
      ),
    };
  }
  return payload;
}
