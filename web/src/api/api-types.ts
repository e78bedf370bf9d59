/** The shapes the Baken API answers with (see /api/docs); dates arrive as ISO strings. */

export type Role = 'admin' | 'member';
export type LanguageSetting = 'nl' | 'en';
export type NotificationChannel = 'push' | 'email' | 'sms';

export const NOTIFICATION_CHANNELS: readonly NotificationChannel[] = ['push', 'email', 'sms'];

export interface QuietHours {
  from: string;
  until: string;
}

export interface Me {
  id: string;
  organisationId: string;
  organisationName: string;
  name: string;
  email: string;
  phone: string | null;
  jobTitle: string | null;
  role: Role;
  language: LanguageSetting;
  timeZone: string;
  secondFactor: boolean;
  secondFactorSetupRequired: boolean;
  /** Not (yet) part of GET /api/me; used when the server starts sending them. */
  notificationChannels?: NotificationChannel[];
  quietHours?: QuietHours | null;
  /** Not (yet) part of GET /api/me: the platform staff role; without it the app probes once. */
  operatorRole: 'platform_admin' | 'support' | 'privacy_officer' | null;
}

export type SignInResult =
  | { status: 'signed_in'; user: Me }
  | { status: 'second_factor_required'; challenge: string };

export interface Accepted {
  status: 'accepted';
  message: string;
}

export interface SessionSummary {
  id: string;
  ipAddress: string | null;
  device: string | null;
  operatingSystem: string | null;
  browser: string | null;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  current: boolean;
}

export interface TotpEnrolment {
  secret: string;
  uri: string;
  qrCodeSvg: string;
}

export type UserStatus = 'invited' | 'active' | 'deactivated' | 'cancelled';

export interface UserSummary {
  id: string;
  name: string;
  email: string;
  phone: string | null;
  jobTitle: string | null;
  role: Role;
  status: UserStatus;
  /** Processing restricted (GDPR art. 18) since then; null when not restricted. */
  restrictedAt: string | null;
  createdAt: string;
}

export type ApiKeyScope = 'incidents:read' | 'incidents:write';

export const API_KEY_SCOPES: readonly ApiKeyScope[] = ['incidents:read', 'incidents:write'];

/** The interface text key of each scope (i18n `apiKeys.scope`). */
export const API_KEY_SCOPE_LABELS = {
  'incidents:read': 'incidentsRead',
  'incidents:write': 'incidentsWrite',
} as const satisfies Record<ApiKeyScope, string>;

export interface ApiKey {
  id: string;
  name: string;
  prefix: string;
  scopes: ApiKeyScope[];
  createdAt: string;
  createdByName: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface CreatedApiKey {
  id: string;
  name: string;
  prefix: string;
  scopes: ApiKeyScope[];
  createdAt: string;
  key: string;
}

export { AUDIT_ACTIONS, AUDIT_TARGET_TYPES, type AuditAction } from '../../../common/audit-actions';

export interface AuditEntry {
  id: string;
  action: string;
  actorUserId: string | null;
  actorName: string | null;
  targetType: string | null;
  targetId: string | null;
  ipAddress: string | null;
  details: Record<string, unknown>;
  createdAt: string;
}

export interface AuditLogPage {
  entries: AuditEntry[];
  nextPage: { before: string; beforeId: string } | null;
}

export interface ImportPreviewRow {
  line: number;
  name: string;
  email: string;
  phone: string | null;
  teams: string[];
  problems: { code: string; message: string }[];
}

export interface ImportPreview {
  rows: ImportPreviewRow[];
  valid: number;
  invalid: number;
}

export interface ImportResult {
  imported: number;
  skipped: number;
}

export interface Organisation {
  id: string;
  name: string;
  requireSecondFactor: boolean;
}

export type OutboxStatus = 'queued' | 'sending' | 'sent' | 'stored' | 'failed';

export interface OutboxMessage {
  id: string;
  template: string;
  language: string;
  toAddress: string;
  subject: string;
  textBody: string;
  status: OutboxStatus;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
}

export interface SupportGrant {
  id: string;
  reason: string;
  grantedByName: string | null;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
  active: boolean;
}

export interface OperatorOrganisation {
  id: string;
  name: string;
  slug: string;
  createdAt: string;
  cancelledAt: string | null;
  requireSecondFactor: boolean;
  memberCount: number;
  activeMemberCount: number;
  supportAccessActive: boolean;
  supportAccessUntil: string | null;
}
