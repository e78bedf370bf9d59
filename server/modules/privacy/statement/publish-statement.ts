import { max } from 'drizzle-orm';
import type { Database } from '../../../db/database.js';
import { privacyStatementVersions } from '../../../db/schema/privacy-statement.js';
import { recordAudit } from '../../audit/record-audit.js';
import { readControllerDetails } from './controller-details.js';
import type { GeneratedInput } from './generated-sections.js';
import { listVersions, versionValues } from './statement-store.js';
import type { FreeText } from './statement-types.js';

/**
 * Publishes the operator's text as the next version, with the generated sections as they read
 * now, and writes the audit entry in the same transaction. Two publications at the same moment
 * cannot both take one number: the second fails on the primary key and is answered 409.
 */
export async function publishStatement(
  db: Database,
  actor: { userId: string; organisationId: string },
  input: Omit<GeneratedInput, 'controller'>,
  text: FreeText,
  ipAddress: string,
): Promise<number> {
  const full: GeneratedInput = { ...input, controller: await readControllerDetails(db) };
  await listVersions(db, full);
  return db.transaction(async (tx) => {
    const [latest] = await tx
      .select({ version: max(privacyStatementVersions.version) })
      .from(privacyStatementVersions);
    const version = (latest?.version ?? 0) + 1;
    await tx.insert(privacyStatementVersions).values(versionValues(version, text, full, actor.userId));
    await recordAudit(tx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'privacy_statement.published',
      targetType: 'privacy_statement',
      ipAddress,
      details: { version },
    });
    return version;
  });
}
