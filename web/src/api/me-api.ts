import { apiRequest } from './api-client';
import type {
  LanguageSetting,
  Me,
  NotificationChannel,
  QuietHours,
  SessionSummary,
  TotpEnrolment,
} from './api-types';

export function fetchMe(signal?: AbortSignal) {
  return apiRequest<Me>('GET', '/api/me', { signal });
}

export interface ProfileChanges {
  name?: string;
  phone?: string | null;
  jobTitle?: string | null;
  language?: LanguageSetting;
  timeZone?: string;
  notificationChannels?: NotificationChannel[];
  quietHours?: QuietHours | null;
}

export function updateMe(changes: ProfileChanges) {
  return apiRequest<Me>('PATCH', '/api/me', { body: changes });
}

export function listMySessions(signal?: AbortSignal) {
  return apiRequest<SessionSummary[]>('GET', '/api/me/sessions', { signal });
}

export function endMySession(id: string) {
  return apiRequest<undefined>('DELETE', `/api/me/sessions/${encodeURIComponent(id)}`);
}

export function startSecondFactor() {
  return apiRequest<TotpEnrolment>('POST', '/api/me/second-factor');
}

export function confirmSecondFactor(code: string) {
  return apiRequest<{ recoveryCodes: string[] }>('POST', '/api/me/second-factor/confirm', { body: { code } });
}

export function removeSecondFactor(password: string) {
  return apiRequest<undefined>('POST', '/api/me/second-factor/remove', { body: { password } });
}

/** Sends a confirmation link to the new address; the address changes once that link is opened. */
export function requestEmailChange(input: { email: string; password: string }) {
  return apiRequest<undefined>('POST', '/api/me/email', { body: input });
}

export function cancelMyAccount(password: string) {
  return apiRequest<undefined>('POST', '/api/me/cancel', { body: { password } });
}
