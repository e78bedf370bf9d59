import type { OperatorRole } from './operator.js';

/**
 * The privacy statement and the controller's contact details are the operator's word to everyone
 * on the platform: its privacy officer or a platform admin publishes them, support staff do not.
 */
export const canPublishPrivacyStatement = (role: OperatorRole | undefined) =>
  role === 'privacy_officer' || role === 'platform_admin';
