import { eq } from 'drizzle-orm';
import type { Database, Transaction } from '../../../db/database.js';
import { privacyController } from '../../../db/schema/privacy-statement.js';
import { recordAudit } from '../../audit/record-audit.js';

/** The controller's contact details (P21), as the operator set them; empty strings until then. */
export interface ControllerDetails {
  controllerName: string;
  postalAddress: string;
  email: string;
  phone: string;
  chamberOfCommerceNumber: string;
  privacyOfficerContact: string;
}

const EMPTY: ControllerDetails = {
  controllerName: '',
  postalAddress: '',
  email: '',
  phone: '',
  chamberOfCommerceNumber: '',
  privacyOfficerContact: '',
};

/** The current details; public (they are printed in the statement), read as the connecting user. */
// @promise P21 the controller’s contact details, set by the operator
export async function readControllerDetails(db: Database | Transaction): Promise<ControllerDetails> {
  const [row] = await db.select().from(privacyController).where(eq(privacyController.id, 1));
  if (!row) return EMPTY;
  return {
    controllerName: row.controllerName,
    postalAddress: row.postalAddress,
    email: row.email,
    phone: row.phone,
    chamberOfCommerceNumber: row.chamberOfCommerceNumber,
    privacyOfficerContact: row.privacyOfficerContact,
  };
}

/** Replaces the details (operator staff; the route checks the policy) and writes the audit entry. */
export async function updateControllerDetails(
  db: Database,
  actor: { userId: string; organisationId: string },
  details: ControllerDetails,
  ipAddress: string,
): Promise<ControllerDetails> {
  await db.transaction(async (tx) => {
    const values = { ...details, updatedAt: new Date(), updatedBy: actor.userId };
    await tx
      .insert(privacyController)
      .values({ id: 1, ...values })
      .onConflictDoUpdate({ target: privacyController.id, set: values });
    await recordAudit(tx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'privacy_controller.changed',
      targetType: 'privacy_controller',
      ipAddress,
      details: { fields: Object.keys(details) },
    });
  });
  return readControllerDetails(db);
}
