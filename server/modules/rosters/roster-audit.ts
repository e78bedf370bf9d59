/** The audit actions of rosters and deputies (listed in AUDIT_ACTIONS, common/audit-actions.ts). */
import type { AuditAction } from '../../../common/audit-actions.js';

export const ROSTER_AUDIT_ACTIONS = [
  'roster.created',
  'roster.changed',
  'roster.deleted',
  'roster_swap.created',
  'roster_swap.deleted',
  'role.deputies_changed',
] as const;

export type RosterAuditAction = (typeof ROSTER_AUDIT_ACTIONS)[number];

/** The action as recordAudit takes it. */
export const rosterAuditAction = (action: RosterAuditAction): AuditAction => action;
