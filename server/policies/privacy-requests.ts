import type { Actor } from './actor.js';
import type { OperatorRole } from './operator.js';

/** Whose request it is and whose data it concerns: null organisation is the platform's own processing. */
export interface PrivacyRequestParties {
  organisationId: string | null;
  userId: string | null;
}

/**
 * The controller answers (GDPR art. 12): the operator's privacy officer or a platform admin for
 * the platform's own processing; the customer organisation's admins (its privacy contact) for data
 * the organisation controls. Support staff and other organisations never see a request.
 */
// @promise P17 requests go to the controller: the operator's privacy officer, or the organisation's admins
export function canHandlePrivacyRequest(
  actor: Actor,
  operatorRole: OperatorRole | undefined,
  request: PrivacyRequestParties,
): boolean {
  if (request.organisationId === null)
    return operatorRole === 'privacy_officer' || operatorRole === 'platform_admin';
  return actor.role === 'admin' && actor.organisationId === request.organisationId;
}

/** The requester reads their own request; its handlers read it too. */
export function canReadPrivacyRequest(
  actor: Actor,
  operatorRole: OperatorRole | undefined,
  request: PrivacyRequestParties,
): boolean {
  return request.userId === actor.userId || canHandlePrivacyRequest(actor, operatorRole, request);
}

/** Who sees the platform's queue: the same staff who may handle platform requests. */
export const canHandlePlatformRequests = (operatorRole: OperatorRole | undefined) =>
  operatorRole === 'privacy_officer' || operatorRole === 'platform_admin';
