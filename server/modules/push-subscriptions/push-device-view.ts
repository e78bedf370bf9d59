import { pushSubscriptions } from '../../db/schema/push-subscriptions.js';

/** The columns a person sees of their own devices: never the endpoint or the keys. */
export const PUSH_DEVICE_COLUMNS = {
  id: pushSubscriptions.id,
  deviceLabel: pushSubscriptions.deviceLabel,
  createdAt: pushSubscriptions.createdAt,
  lastSuccessAt: pushSubscriptions.lastSuccessAt,
};

export interface PushDevice {
  id: string;
  deviceLabel: string;
  createdAt: Date;
  lastSuccessAt: Date | null;
}
