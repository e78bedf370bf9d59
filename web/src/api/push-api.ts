import { apiRequest } from './api-client';

/** A device that receives alerts as push notifications; the server never hands out its endpoint or keys. */
export interface PushDevice {
  id: string;
  deviceLabel: string;
  createdAt: string;
  lastSuccessAt: string | null;
}

export function fetchPushPublicKey(signal?: AbortSignal) {
  return apiRequest<{ publicKey: string }>('GET', '/api/push/public-key', { signal });
}

/** The person's devices; with `endpoint`, only the one with that endpoint (empty when it is not theirs). */
export function listPushDevices(options: { endpoint?: string; signal?: AbortSignal } = {}) {
  const query = options.endpoint ? `?endpoint=${encodeURIComponent(options.endpoint)}` : '';
  return apiRequest<PushDevice[]>('GET', `/api/me/push-subscriptions${query}`, { signal: options.signal });
}

/** Sends `PushSubscription.toJSON()`; the same endpoint again renews that device. */
export function subscribePushDevice(subscription: PushSubscriptionJSON) {
  return apiRequest<PushDevice>('POST', '/api/me/push-subscriptions', { body: subscription });
}

export function removePushDevice(id: string) {
  return apiRequest<undefined>('DELETE', `/api/me/push-subscriptions/${encodeURIComponent(id)}`);
}
