/** Messages of the push area, in Dutch and English; merged into MESSAGES (messages.ts). */
export const PUSH_MESSAGES = {
  push_too_many_devices: {
    nl: 'U ontvangt al meldingen op 20 apparaten. Verwijder eerst een apparaat dat u niet meer gebruikt.',
    en: 'You already receive alerts on 20 devices. Remove a device you no longer use first.',
  },
  field_push_endpoint: {
    nl: 'Dit is geen adres van een pushdienst (een https-adres).',
    en: 'This is not the address of a push service (an https address).',
  },
  field_push_p256dh: {
    nl: 'De sleutel van het apparaat is geen geldige P-256-sleutel (65 bytes, base64url).',
    en: 'The device key is not a valid P-256 key (65 bytes, base64url).',
  },
  field_push_auth: {
    nl: 'Het authenticatiegeheim van het apparaat moet 16 bytes zijn (base64url).',
    en: 'The device authentication secret must be 16 bytes (base64url).',
  },
} as const;
