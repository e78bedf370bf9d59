import type { BilingualText } from '../../../common/privacy/browser-storage.js';

/**
 * The Web Push services of the browser vendors. A device's push endpoint (push_subscriptions)
 * is at its browser's service, chosen by the browser, not by Baken; the message passes through it
 * encrypted (RFC 8291), so the service sees the device address, the time and the size only.
 */
export const PUSH_SERVICES = {
  'google-fcm': {
    name: 'Google Firebase Cloud Messaging',
    browsers: {
      nl: 'Chrome, Edge op Android, Opera, Samsung Internet',
      en: 'Chrome, Edge on Android, Opera, Samsung Internet',
    },
    hosts: [/(^|\.)fcm\.googleapis\.com$/, /(^|\.)android\.googleapis\.com$/],
  },
  'mozilla-autopush': {
    name: 'Mozilla Push Service (autopush)',
    browsers: { nl: 'Firefox', en: 'Firefox' },
    hosts: [/(^|\.)push\.services\.mozilla\.com$/],
  },
  'apple-push': {
    name: 'Apple Push Notification service',
    browsers: { nl: 'Safari op iPhone, iPad en Mac', en: 'Safari on iPhone, iPad and Mac' },
    hosts: [/(^|\.)push\.apple\.com$/],
  },
  'microsoft-wns': {
    name: 'Microsoft Windows Push Notification Services',
    browsers: { nl: 'Edge op Windows', en: 'Edge on Windows' },
    hosts: [/(^|\.)notify\.windows\.com$/],
  },
} as const satisfies Record<string, { name: string; browsers: BilingualText; hosts: readonly RegExp[] }>;

export type PushServiceId = keyof typeof PUSH_SERVICES;

/** Which vendor's push service a device's endpoint belongs to; undefined for any other host. */
export function pushServiceFor(endpoint: string): PushServiceId | undefined {
  let host: string;
  try {
    host = new URL(endpoint).hostname;
  } catch {
    return undefined;
  }
  const found = Object.entries(PUSH_SERVICES).find(([, service]) =>
    service.hosts.some((pattern) => pattern.test(host)),
  );
  return found?.[0] as PushServiceId | undefined;
}
