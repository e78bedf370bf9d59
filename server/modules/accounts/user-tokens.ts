import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Database, Transaction } from '../../db/database.js';
import { uuidv7 } from '../../db/ids.js';
import { type USER_TOKEN_PURPOSES, userTokens } from '../../db/schema/user-tokens.js';
import { hashToken, newSessionToken } from './session-tokens.js';

export type UserTokenPurpose = (typeof USER_TOKEN_PURPOSES)[number];

/** How long each kind of e-mailed link works. */
export const TOKEN_LIFETIME_MINUTES: Record<UserTokenPurpose, number> = {
  password_reset: 30,
  email_verification: 24 * 60,
  email_change: 24 * 60,
  invitation: 7 * 24 * 60,
};

/** Issues a single-use token for an e-mailed link; earlier unused tokens of the same purpose stop working. */
export async function issueUserToken(
  tx: Database | Transaction,
  input: { userId: string; organisationId: string; purpose: UserTokenPurpose; newEmail?: string },
): Promise<string> {
  const token = newSessionToken();
  const now = new Date();
  await tx
    .update(userTokens)
    .set({ usedAt: now })
    .where(
      and(
        eq(userTokens.userId, input.userId),
        eq(userTokens.purpose, input.purpose),
        isNull(userTokens.usedAt),
      ),
    );
  await tx.insert(userTokens).values({
    id: uuidv7(),
    userId: input.userId,
    organisationId: input.organisationId,
    purpose: input.purpose,
    tokenHash: hashToken(token),
    newEmail: input.newEmail ?? null,
    expiresAt: new Date(now.getTime() + TOKEN_LIFETIME_MINUTES[input.purpose] * 60_000),
  });
  return token;
}

/** Uses a token up, atomically: a second use, an expired token or another purpose gives undefined. */
export async function consumeUserToken(tx: Database | Transaction, token: string, purpose: UserTokenPurpose) {
  const now = new Date();
  const [row] = await tx
    .update(userTokens)
    .set({ usedAt: now })
    .where(
      and(
        eq(userTokens.tokenHash, hashToken(token)),
        eq(userTokens.purpose, purpose),
        isNull(userTokens.usedAt),
        gt(userTokens.expiresAt, now),
      ),
    )
    .returning();
  return row;
}
