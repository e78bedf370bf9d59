// Shared by the server (which writes the audit log) and the web app (which filters and labels it).
/** The actions the audit log knows; a new sensitive action is added here first. */
export const AUDIT_ACTIONS = [
  'session.signed_in',
  'session.sign_in_failed',
  'session.sign_in_throttled',
  'session.signed_out',
  'session.ended',
  'user.invited',
  'user.imported',
  'user.role_changed',
  'user.deactivated',
  'user.reactivated',
  'user.cancelled',
  'api_key.created',
  'api_key.used',
  'api_key.revoked',
  'data.exported',
  'organisation.cancelled',
  'organisation.restored',
  'support_access.granted',
  'support_access.revoked',
  'incident.started',
  'incident.closed',
  'incident.reopened',
  'incident.archived',
  'incident.deleted',
  'incident.exported',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];
