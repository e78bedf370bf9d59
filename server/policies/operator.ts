import type { OPERATOR_ROLES } from '../db/schema/operators.js';

/** What a member of operator staff does at the company that runs Baken; undefined for everyone else. */
export type OperatorRole = (typeof OPERATOR_ROLES)[number];

/**
 * Operator staff see organisations (names, counts, settings) but never their crisis content; that
 * takes a support grant from the organisation itself (modules/operator/has-active-support-grant.ts).
 */
export const canListOrganisations = (role: OperatorRole | undefined) => role !== undefined;
export const canManageOrganisations = (role: OperatorRole | undefined) => role === 'platform_admin';
/** Auditors among the staff read the promise register: every staff role. */
export const canReadPromiseRegister = (role: OperatorRole | undefined) => role !== undefined;
