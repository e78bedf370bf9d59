import type { Me, NotificationChannel, QuietHours } from '../../api/api-types';
import type { ProfileChanges } from '../../api/me-api';

// What the server stores for an account that never chose (server/db/schema/users.ts).
export const DEFAULT_CHANNELS: NotificationChannel[] = ['push', 'email'];
export const DEFAULT_QUIET_HOURS: QuietHours = { from: '22:00', until: '07:00' };

export interface Settings {
  name: string;
  phone: string;
  jobTitle: string;
  language: Me['language'];
  timeZone: string;
  notificationChannels: NotificationChannel[];
  quietHours: QuietHours | null;
}

export function settingsOf(user: Me): Settings {
  return {
    name: user.name,
    phone: user.phone ?? '',
    jobTitle: user.jobTitle ?? '',
    language: user.language,
    timeZone: user.timeZone,
    notificationChannels: user.notificationChannels ?? DEFAULT_CHANNELS,
    quietHours: user.quietHours ?? null,
  };
}

/**
 * Only what changed goes to the server: GET /api/me does not return the notification settings,
 * so sending the form's starting values could overwrite choices made on another device.
 */
export function changesBetween(saved: Settings, current: Settings): ProfileChanges {
  const changes: ProfileChanges = {};
  if (current.name.trim() !== saved.name) changes.name = current.name.trim();
  if (current.phone.trim() !== saved.phone) changes.phone = current.phone.trim() || null;
  if (current.jobTitle.trim() !== saved.jobTitle) changes.jobTitle = current.jobTitle.trim() || null;
  if (current.language !== saved.language) changes.language = current.language;
  if (current.timeZone !== saved.timeZone) changes.timeZone = current.timeZone;
  if (current.notificationChannels.join() !== saved.notificationChannels.join())
    changes.notificationChannels = current.notificationChannels;
  if (JSON.stringify(current.quietHours) !== JSON.stringify(saved.quietHours))
    changes.quietHours = current.quietHours;
  return changes;
}

/** The notification settings as the form holds them: GET /api/me does not return them. */
export function pickNotificationSettings(settings: Settings) {
  return { notificationChannels: settings.notificationChannels, quietHours: settings.quietHours };
}
