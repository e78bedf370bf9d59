import { apiRequest } from './api-client';

/** The shapes and calls of the alerting API (alerts, responses, the response link, the person's own alerts). */

export type AlertChannel = 'push' | 'email' | 'sms';
export type DeliveryStatus = 'queued' | 'sending' | 'sent' | 'delivered' | 'failed' | 'cancelled';
export type AlertResponse = 'coming' | 'unavailable' | 'acknowledged';
export type AlertUrgency = 'crisis' | 'normal';
export type AlertStatus = 'active' | 'cancelled';
export type RecipientReason = 'person' | 'team' | 'role' | 'on_call' | 'deputy' | 'incident';
export type RespondedVia = 'app' | 'push' | 'link';

/** The answers in the order the buttons show them. */
export const ALERT_RESPONSES: readonly AlertResponse[] = ['coming', 'unavailable', 'acknowledged'];

/** The most minutes an ETA may be (the API's limit). */
export const MAX_ETA_MINUTES = 600;

/** One channel tried for one recipient; `failureReason` is a machine code or a short provider text. */
export interface ChannelDelivery {
  channel: AlertChannel;
  status: DeliveryStatus;
  attempts: number;
  failureReason: string | null;
  queuedAt: string;
  sentAt: string | null;
  deliveredAt: string | null;
  failedAt: string | null;
}

/** One person on the response board. */
export interface AlertRecipient {
  id: string;
  alertId: string;
  userId: string;
  name: string;
  reason: RecipientReason;
  roleName: string | null;
  response: AlertResponse | null;
  etaMinutes: number | null;
  respondedAt: string | null;
  respondedVia: RespondedVia | null;
  /** In the order they were tried. */
  channels: ChannelDelivery[];
  nextEscalationAt: string | null;
}

export interface AlertCounts {
  recipients: number;
  coming: number;
  unavailable: number;
  acknowledged: number;
  noResponse: number;
}

/** One line of a list of alerts (an incident's, or the organisation's). */
export interface AlertSummary {
  id: string;
  incidentId: string | null;
  /** The incident's title; null for an alert on its own. */
  incidentTitle: string | null;
  title: string;
  urgency: AlertUrgency;
  isExercise: boolean;
  status: AlertStatus;
  createdAt: string;
  createdByName: string | null;
  cancelledAt: string | null;
  counts: AlertCounts;
}

/** An alert with its text and everyone it went to: the response board. */
export interface AlertView extends AlertSummary {
  body: string;
  location: string;
  escalationMinutes: number;
  linksExpireAt: string;
  recipients: AlertRecipient[];
}

/** Who to alert; at least one of them must reach somebody. */
export interface AlertTargets {
  teamIds?: string[];
  roleIds?: string[];
  userIds?: string[];
  onCallRoleIds?: string[];
}

export interface NewAlert {
  incidentId?: string;
  title: string;
  body?: string;
  location?: string;
  urgency?: AlertUrgency;
  isExercise?: boolean;
  escalationMinutes?: number;
  targets: AlertTargets;
}

/** An answer; `etaMinutes` only with `coming`. */
export interface AlertAnswer {
  response: AlertResponse;
  etaMinutes?: number;
}

/** An alert of the signed-in person (the in-app inbox). */
export interface MyAlert {
  alertId: string;
  incidentId: string | null;
  title: string;
  body: string;
  location: string;
  isExercise: boolean;
  urgency: AlertUrgency;
  createdAt: string;
  status: AlertStatus;
  response: AlertResponse | null;
  etaMinutes: number | null;
}

export type AlertLinkState = 'open' | 'used' | 'expired' | 'cancelled';

/** What the response link shows, without signing in. */
export interface AlertLinkView {
  title: string;
  body: string;
  location: string;
  isExercise: boolean;
  urgency: AlertUrgency;
  organisationName: string;
  recipientName: string;
  state: AlertLinkState;
  response: AlertResponse | null;
  etaMinutes: number | null;
}

/** The error codes of the response link that say what became of it. */
export const ALERT_LINK_ERRORS = {
  invalid: 'alert_link_invalid',
  used: 'alert_link_used',
  expired: 'alert_link_expired',
  cancelled: 'alert_cancelled',
} as const;

function alertPath(id: string): string {
  return `/api/alerts/${encodeURIComponent(id)}`;
}

export function createAlert(input: NewAlert) {
  return apiRequest<AlertSummary>('POST', '/api/alerts', { body: input });
}

/** The incident's alerts, newest first. */
export function listIncidentAlerts(incidentId: string, signal?: AbortSignal) {
  return apiRequest<AlertSummary[]>('GET', `/api/alerts?${new URLSearchParams({ incidentId })}`, { signal });
}

/** All the organisation's alerts, newest first (admins only). */
export function listOrganisationAlerts(signal?: AbortSignal) {
  return apiRequest<AlertSummary[]>('GET', '/api/alerts', { signal });
}

export function fetchAlert(id: string, signal?: AbortSignal) {
  return apiRequest<AlertView>('GET', alertPath(id), { signal });
}

/** Stops escalation and whatever was not sent yet. */
export function cancelAlert(id: string) {
  return apiRequest<AlertView>('POST', `${alertPath(id)}/cancel`);
}

/** The signed-in person answers for themselves. */
export function answerAlert(id: string, answer: AlertAnswer) {
  return apiRequest<AlertRecipient>('POST', `${alertPath(id)}/response`, { body: answer });
}

/** The signed-in person's active alerts of the last 24 hours, newest first. */
export function listMyAlerts(signal?: AbortSignal) {
  return apiRequest<MyAlert[]>('GET', '/api/me/alerts', { signal });
}

/** Public: what the link in an e-mail or SMS is about (the token travels in the body, never in a URL). */
export function viewAlertLink(token: string, signal?: AbortSignal) {
  return apiRequest<AlertLinkView>('POST', '/api/alert-responses/view', { body: { token }, signal });
}

/** Public: answers through the link; it works once. */
export function answerAlertLink(token: string, answer: AlertAnswer) {
  return apiRequest<{ response: AlertResponse; etaMinutes: number | null }>('POST', '/api/alert-responses', {
    body: { token, ...answer, source: 'link' },
  });
}
