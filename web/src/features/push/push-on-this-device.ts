import {
  fetchPushPublicKey,
  listPushDevices,
  type PushDevice,
  removePushDevice,
  subscribePushDevice,
} from '../../api/push-api';
import { type PushSupport, pushSupportOfThisDevice } from './push-support';

/**
 * Why switching push on did not work, each with its own advice to the person:
 * - `unsupported` / `install_first`: see PushSupport;
 * - `denied`: notifications are blocked for Baken in the browser's settings;
 * - `dismissed`: the permission question was closed without an answer;
 * - `no_service_worker`: the app's service worker is not running (first visit offline, private mode);
 * - `push_service`: the browser could not subscribe at its push service (offline, blocked network).
 */
export type PushSetupProblem =
  | 'unsupported'
  | 'install_first'
  | 'denied'
  | 'dismissed'
  | 'no_service_worker'
  | 'push_service';

export class PushSetupError extends Error {
  constructor(
    readonly problem: PushSetupProblem,
    options?: { cause?: unknown },
  ) {
    super(`push could not be switched on: ${problem}`, options);
    this.name = 'PushSetupError';
  }
}

export interface PushStateOfThisDevice {
  support: PushSupport;
  permission: NotificationPermission | 'unsupported';
  /** The server's record of this device for the signed-in person; undefined when alerts do not come here. */
  device: PushDevice | undefined;
}

function base64UrlToBytes(text: string): Uint8Array<ArrayBuffer> {
  const base64 = text.replaceAll('-', '+').replaceAll('_', '/');
  const binary = atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, '='));
  return Uint8Array.from(binary, (character) => character.charCodeAt(0));
}

function sameBytes(buffer: ArrayBuffer | null, bytes: Uint8Array): boolean {
  if (!buffer || buffer.byteLength !== bytes.length) return false;
  const view = new Uint8Array(buffer);
  return view.every((byte, index) => byte === bytes[index]);
}

/** The app's service worker once it runs; push needs an active one. */
async function activeRegistration(): Promise<ServiceWorkerRegistration> {
  const registration = await navigator.serviceWorker.getRegistration();
  if (!registration) throw new PushSetupError('no_service_worker');
  // Registered but maybe still installing: `ready` settles once it is active.
  return navigator.serviceWorker.ready;
}

async function currentSubscription(): Promise<PushSubscription | null> {
  const registration = await navigator.serviceWorker.getRegistration();
  return registration ? registration.pushManager.getSubscription() : null;
}

/** Whether alerts reach this device for the signed-in person, as the browser and the server both see it. */
export async function pushStateOfThisDevice(signal?: AbortSignal): Promise<PushStateOfThisDevice> {
  const support = pushSupportOfThisDevice();
  if (support !== 'supported') return { support, permission: 'unsupported', device: undefined };
  const permission = Notification.permission;
  const subscription = permission === 'granted' ? await currentSubscription() : null;
  // The browser may hold a subscription the server gave to someone else who signed in here since.
  const [device] = subscription ? await listPushDevices({ endpoint: subscription.endpoint, signal }) : [];
  return { support, permission, device };
}

/**
 * Switches alerts on for this device: asks permission (call it straight from a click or tap, or
 * browsers refuse to ask), subscribes at the browser's push service with Baken's VAPID key, and
 * registers the subscription for the signed-in person. Rejects with a PushSetupError, or with
 * the ApiError of a refused registration.
 */
export async function enablePushOnThisDevice(): Promise<PushDevice> {
  const support = pushSupportOfThisDevice();
  if (support !== 'supported') throw new PushSetupError(support);
  const permission = await Notification.requestPermission();
  if (permission === 'denied') throw new PushSetupError('denied');
  if (permission !== 'granted') throw new PushSetupError('dismissed');

  const registration = await activeRegistration();
  const { publicKey } = await fetchPushPublicKey();
  const applicationServerKey = base64UrlToBytes(publicKey);
  let subscription = await registration.pushManager.getSubscription();
  // Made with another key (another Baken server, or keys that were replaced): useless now.
  if (subscription && !sameBytes(subscription.options.applicationServerKey, applicationServerKey)) {
    await subscription.unsubscribe();
    subscription = null;
  }
  if (!subscription) {
    try {
      subscription = await registration.pushManager.subscribe({
        userVisibleOnly: true,
        applicationServerKey,
      });
    } catch (cause) {
      const blocked = cause instanceof DOMException && cause.name === 'NotAllowedError';
      throw new PushSetupError(blocked ? 'denied' : 'push_service', { cause });
    }
  }
  return subscribePushDevice(subscription.toJSON());
}

/** Switches alerts off for this device: the server stops sending first, then the browser unsubscribes. */
export async function disablePushOnThisDevice(): Promise<void> {
  if (pushSupportOfThisDevice() !== 'supported') return;
  const subscription = await currentSubscription();
  if (!subscription) return;
  try {
    const [device] = await listPushDevices({ endpoint: subscription.endpoint });
    if (device) await removePushDevice(device.id);
  } finally {
    // Even if the server was not reached: an unsubscribed endpoint answers 410, and the server
    // then forgets the device by itself.
    await subscription.unsubscribe();
  }
}
