import { and, eq, gt, isNull } from 'drizzle-orm';
import { portabilityTransfers } from '../../../db/schema/disclosures.js';
import { hashToken } from '../../accounts/session-tokens.js';
import { recordAudit } from '../../audit/record-audit.js';
import { DomainError } from '../../domain-error.js';
import { collectAccessReport } from '../access/collect-access-report.js';
import { portabilityEntries } from '../access/portability-package.js';
import { refuseOversizedDownload } from '../access/read-my-data.js';
import { writeZip } from '../access/zip-writer.js';
import type { TransferContext } from './transfer-context.js';

const linkInvalid = () => new DomainError('portability_transfer_link_invalid', 410);

/**
 * The recipient's download: the ZIP of the data the person provided (the same package as their own
 * download), built now. The link works once: the package is built first and the link claimed
 * after, in one statement, so a failure leaves the link usable and two clicks at once give one
 * download.
 */
export async function downloadPortabilityTransfer(
  ctx: TransferContext,
  token: string,
  ipAddress: string,
): Promise<{ archive: Buffer; createdAt: Date }> {
  const now = ctx.clock();
  const tokenHash = hashToken(token);
  const live = and(
    eq(portabilityTransfers.tokenHash, tokenHash),
    isNull(portabilityTransfers.usedAt),
    gt(portabilityTransfers.expiresAt, now),
  );
  const [transfer] = await ctx.db.select().from(portabilityTransfers).where(live);
  if (!transfer) throw linkInvalid();
  const person = { organisationId: transfer.organisationId, userId: transfer.userId };
  await refuseOversizedDownload(ctx.db, person);
  const report = await collectAccessReport(ctx.db, person, {
    processors: ctx.processors,
    graceDays: ctx.graceDays,
    rowLimit: 5000,
    includeFiles: true,
    now,
  });
  const archive = writeZip(portabilityEntries(report));
  await ctx.db.transaction(async (tx) => {
    const claimed = await tx
      .update(portabilityTransfers)
      .set({ usedAt: now })
      .where(live)
      .returning({ id: portabilityTransfers.id });
    if (claimed.length === 0) throw linkInvalid();
    await recordAudit(tx, {
      organisationId: transfer.organisationId,
      actorUserId: null,
      action: 'portability_transfer.downloaded',
      targetType: 'portability_transfer',
      targetId: transfer.id,
      ipAddress,
      details: { disclosureId: transfer.disclosureId },
    });
  });
  return { archive, createdAt: now };
}
