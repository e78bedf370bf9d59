import { createHash, randomBytes } from 'node:crypto';
import { and, eq, isNotNull, isNull, or, sql } from 'drizzle-orm';
import { generateSecret, generateURI, verify } from 'otplib';
import QRCode from 'qrcode';
import type { Database, Transaction } from '../../db/database.js';
import { uuidv7 } from '../../db/ids.js';
import { recoveryCodes, totpFactors } from '../../db/schema/second-factors.js';
import { decryptSecret, encryptSecret } from './secret-box.js';

const ISSUER = 'Baken';
const RECOVERY_CODE_COUNT = 10;
// One step (30 s) either side, for phones whose clocks drift.
const EPOCH_TOLERANCE_SECONDS = 30;

const hashRecoveryCode = (code: string) =>
  createHash('sha256').update(code.replace(/[\s-]/g, '').toLowerCase()).digest('hex');

/** Whether the user has a confirmed second factor (and so must give a code at sign-in). */
export async function hasSecondFactor(db: Database, userId: string): Promise<boolean> {
  const [factor] = await db
    .select({ userId: totpFactors.userId })
    .from(totpFactors)
    .where(and(eq(totpFactors.userId, userId), isNotNull(totpFactors.confirmedAt)));
  return factor !== undefined;
}

/** Starts (or restarts) setting up an authenticator app: a new secret, its URI and a QR code. */
export async function startTotpEnrolment(
  db: Database,
  key: Buffer,
  user: { id: string; organisationId: string; email: string },
) {
  const secret = generateSecret();
  const encryptedSecret = encryptSecret(key, secret);
  await db
    .insert(totpFactors)
    .values({ userId: user.id, organisationId: user.organisationId, encryptedSecret })
    .onConflictDoUpdate({
      target: totpFactors.userId,
      set: { encryptedSecret, confirmedAt: null, lastUsedStep: null },
      // A confirmed factor is replaced only after it is switched off (with the password).
      where: isNull(totpFactors.confirmedAt),
    });
  if (await hasSecondFactor(db, user.id)) return undefined;
  const uri = generateURI({ issuer: ISSUER, label: user.email, secret });
  return { secret, uri, qrCodeSvg: await QRCode.toString(uri, { type: 'svg', margin: 1 }) };
}

/** Checks a code against the user's secret, refusing a code (time step) that was used before. */
export async function checkTotpCode(
  db: Database | Transaction,
  key: Buffer,
  userId: string,
  code: string,
): Promise<boolean> {
  const [factor] = await db.select().from(totpFactors).where(eq(totpFactors.userId, userId));
  if (!factor || !/^\d{6}$/.test(code)) return false;
  const secret = decryptSecret(key, factor.encryptedSecret);
  const afterTimeStep = factor.lastUsedStep === null ? undefined : Number(factor.lastUsedStep);
  const result = await verify({
    secret,
    token: code,
    epochTolerance: EPOCH_TOLERANCE_SECONDS,
    ...(afterTimeStep === undefined ? {} : { afterTimeStep }),
  });
  if (!result.valid || !('timeStep' in result)) return false;
  // Claim the time step atomically: of two requests with the same code, only one gets the row back.
  const claimed = await db
    .update(totpFactors)
    .set({ lastUsedStep: String(result.timeStep) })
    .where(
      and(
        eq(totpFactors.userId, userId),
        or(isNull(totpFactors.lastUsedStep), sql`${totpFactors.lastUsedStep}::bigint < ${result.timeStep}`),
      ),
    )
    .returning({ userId: totpFactors.userId });
  return claimed.length > 0;
}

/** Confirms the enrolment with a first code; returns fresh recovery codes, shown once. */
export async function confirmTotpEnrolment(
  db: Database,
  key: Buffer,
  user: { id: string; organisationId: string },
  code: string,
): Promise<string[] | undefined> {
  const [factor] = await db.select().from(totpFactors).where(eq(totpFactors.userId, user.id));
  if (!factor || factor.confirmedAt) return undefined;
  if (!(await checkTotpCode(db, key, user.id, code))) return undefined;
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const raw = randomBytes(5).toString('hex');
    return `${raw.slice(0, 5)}-${raw.slice(5)}`;
  });
  await db.transaction(async (tx) => {
    await tx.update(totpFactors).set({ confirmedAt: new Date() }).where(eq(totpFactors.userId, user.id));
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, user.id));
    await tx.insert(recoveryCodes).values(
      codes.map((recoveryCode) => ({
        id: uuidv7(),
        userId: user.id,
        organisationId: user.organisationId,
        codeHash: hashRecoveryCode(recoveryCode),
      })),
    );
  });
  return codes;
}

/** Uses up one recovery code; false when it is unknown or was used already. */
export async function redeemRecoveryCode(
  db: Database | Transaction,
  userId: string,
  code: string,
): Promise<boolean> {
  const used = await db
    .update(recoveryCodes)
    .set({ usedAt: new Date() })
    .where(
      and(
        eq(recoveryCodes.userId, userId),
        eq(recoveryCodes.codeHash, hashRecoveryCode(code)),
        isNull(recoveryCodes.usedAt),
      ),
    )
    .returning({ id: recoveryCodes.id });
  return used.length > 0;
}

/** Switches the second factor off (the route re-checks the password first). */
export async function removeSecondFactor(db: Database, userId: string): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.delete(totpFactors).where(eq(totpFactors.userId, userId));
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  });
}
