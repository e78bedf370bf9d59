import type { Actor } from './actor.js';
import type { OperatorRole } from './operator.js';

/**
 * Disclosures to authorities (orders, reports of suspected fraud) are the operator's decision and
 * are recorded by its privacy officer or a platform admin; support staff never record one.
 */
// @promise P11 only the operator's privacy officer or a platform admin records a disclosure to an authority
export const canRecordDisclosure = (operatorRole: OperatorRole | undefined) =>
  operatorRole === 'privacy_officer' || operatorRole === 'platform_admin';

/** The operator's privacy staff read every disclosure; an organisation's admins those about its people. */
export const canReadAllDisclosures = canRecordDisclosure;
export const canReadOrganisationDisclosures = (actor: Actor) => actor.role === 'admin';

/**
 * Telling a recipient by other means than e-mail (art. 19) is the operator's part too: it made
 * the disclosure, so its privacy staff record how the recipient was told.
 */
export const canTellRecipients = canRecordDisclosure;
