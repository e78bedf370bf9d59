import { eq } from 'drizzle-orm';
import { enqueueMail } from '../../../channels/email/enqueue-mail.js';
import { uuidv7 } from '../../../db/ids.js';
import { portabilityTransfers } from '../../../db/schema/disclosures.js';
import { users } from '../../../db/schema/users.js';
import type { Actor } from '../../../policies/actor.js';
import { confirmPassword } from '../../accounts/confirm-password.js';
import { counterKey, limitOrRefuse } from '../../accounts/login-throttle.js';
import { hashToken, newSessionToken } from '../../accounts/session-tokens.js';
import { recordAudit } from '../../audit/record-audit.js';
import { DomainError, unauthenticated } from '../../domain-error.js';
import { refuseOversizedDownload } from '../access/read-my-data.js';
import { recordDisclosure } from './record-disclosure.js';
import { TRANSFER_LINK_DAYS, type TransferContext } from './transfer-context.js';

export interface TransferInput {
  password: string;
  recipientName: string;
  recipientEmail: string;
  ipAddress: string;
}

const DAY = 24 * 60 * 60 * 1000;

/** A wrong password is a problem of the password field, and says that nothing was sent. */
async function confirmIdentity(ctx: TransferContext, actor: Actor, input: TransferInput) {
  try {
    await confirmPassword(ctx.db, actor, input.password, input.ipAddress);
  } catch (error) {
    if (error instanceof DomainError && error.code === 'invalid_credentials')
      throw new DomainError('portability_transfer_password_incorrect', 401, {
        fields: [{ path: 'password', message: 'portability_transfer_password_incorrect' }],
      });
    throw error;
  }
}

/**
 * Portability to a third party (GDPR art. 20(2), P17): after the password again, the recipient the
 * person names gets a signed, expiring, single-use link to the ZIP of the data the person
 * provided; the transfer is recorded as a disclosure on the person's own instruction (P11), and
 * the person gets a confirmation. Only the link's hash is stored; the package is built when the
 * link is used.
 */
// @promise P17 portability to a third party: a single-use, expiring link to the person's package goes to the recipient they name
// @promise P11 a transfer to a third party at the person's request is recorded as a disclosure
// Baken e-mails the address the person names: a few transfers a day is plenty for moving one's
// data, and keeps the platform from serving as a mail relay for a stolen session and password.
const TRANSFERS_PER_DAY = 5;

function limitTransfers(ctx: TransferContext, actor: Actor, now: Date): Promise<void> {
  // Hashed, like the other counters: the key names nobody.
  return limitOrRefuse(ctx.db, counterKey('portability-transfer', actor.userId), TRANSFERS_PER_DAY, DAY, now);
}

export async function sendPortabilityTransfer(
  ctx: TransferContext,
  actor: Actor,
  input: TransferInput,
): Promise<{ id: string; expiresAt: Date }> {
  await confirmIdentity(ctx, actor, input);
  await refuseOversizedDownload(ctx.db, actor);
  const now = ctx.clock();
  await limitTransfers(ctx, actor, now);
  const token = newSessionToken();
  const id = uuidv7();
  const expiresAt = new Date(now.getTime() + TRANSFER_LINK_DAYS * DAY);
  await ctx.db.transaction(async (tx) => {
    const [person] = await tx
      .select({ name: users.name, email: users.email, language: users.language })
      .from(users)
      .where(eq(users.id, actor.userId));
    if (!person) throw unauthenticated();
    const language = person.language === 'en' ? 'en' : 'nl';
    const disclosure = await recordDisclosure(
      tx,
      {
        kind: 'portability-transfer',
        organisationId: actor.organisationId,
        recipient: input.recipientName,
        recipientAddress: input.recipientEmail,
        subjectUserId: actor.userId,
        dataDescription:
          language === 'en'
            ? 'The data you provided (ZIP of JSON and CSV from My data), by a single-use download link'
            : 'De gegevens die u zelf verstrekte (ZIP met JSON en CSV uit Mijn gegevens), via een downloadlink die één keer werkt',
        legalBasis: 'consent',
        reference:
          language === 'en' ? `Your own instruction, transfer ${id}` : `Uw eigen opdracht, overdracht ${id}`,
        disclosedAt: now,
        recordedBy: actor.userId,
      },
      input.ipAddress,
    );
    await tx.insert(portabilityTransfers).values({
      id,
      organisationId: actor.organisationId,
      userId: actor.userId,
      recipientName: input.recipientName,
      recipientEmail: input.recipientEmail,
      tokenHash: hashToken(token),
      expiresAt,
      disclosureId: disclosure.id,
      createdAt: now,
    });
    // The recipient has no account with us: the mail is in the person's language.
    await enqueueMail(tx, ctx.jobs, {
      organisationId: actor.organisationId,
      to: input.recipientEmail,
      template: 'portability-transfer-link',
      language,
      variables: {
        senderName: person.name,
        recipientName: input.recipientName,
        downloadUrl: `${ctx.publicUrl}/data-transfer#${token}`,
        expiresAt: expiresAt.toISOString(),
      },
    });
    await enqueueMail(tx, ctx.jobs, {
      organisationId: actor.organisationId,
      to: person.email,
      template: 'portability-transfer-sent',
      language,
      variables: {
        recipientName: input.recipientName,
        recipientEmail: input.recipientEmail,
        expiresAt: expiresAt.toISOString(),
        myDataUrl: `${ctx.publicUrl}/my-data`,
      },
    });
    await recordAudit(tx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'portability_transfer.sent',
      targetType: 'portability_transfer',
      targetId: id,
      ipAddress: input.ipAddress,
      details: { disclosureId: disclosure.id },
    });
  });
  return { id, expiresAt };
}
