import type { OperatorRole } from './operator.js';

/**
 * Who answers the website chat (P9): the operator's staff, support first, and the privacy officer
 * and platform admins who stand in for them. Customer organisations' people never see it; the
 * visitor's own conversation is opened by their token alone.
 */
export const canAnswerSiteChat = (role: OperatorRole | undefined) =>
  role === 'support' || role === 'privacy_officer' || role === 'platform_admin';
