import { eq } from 'drizzle-orm';
import webPush from 'web-push';
import type { Database } from '../../db/database.js';
import { platformKeys } from '../../db/schema/platform-keys.js';
import { decryptSecret, encryptSecret } from '../../modules/accounts/secret-box.js';

/** The application server's key pair (RFC 8292), base64url: browsers bind each subscription to the public part. */
export interface VapidKeys {
  publicKey: string;
  privateKey: string;
}

const VAPID_KEY_NAME = 'vapid';

/**
 * The platform's VAPID key pair, made on first use and kept in `platform_keys`. The pair must
 * never change: every subscription a browser made is bound to the public key, so a new pair would
 * silence every device. Runs as the connecting user: `baken_tenant` cannot read platform keys.
 */
export async function loadVapidKeys(db: Database, secretKey: Buffer): Promise<VapidKeys> {
  const existing = await readVapidKeys(db, secretKey);
  if (existing) return existing;
  const fresh = webPush.generateVAPIDKeys();
  // Two instances starting at once both get here; the first insert wins and both read the winner.
  await db
    .insert(platformKeys)
    .values({
      name: VAPID_KEY_NAME,
      publicValue: fresh.publicKey,
      sealedPrivateValue: encryptSecret(secretKey, fresh.privateKey),
    })
    .onConflictDoNothing({ target: platformKeys.name });
  const stored = await readVapidKeys(db, secretKey);
  if (!stored) throw new Error('the VAPID key pair was stored but cannot be read back');
  return stored;
}

async function readVapidKeys(db: Database, secretKey: Buffer): Promise<VapidKeys | undefined> {
  const [row] = await db.select().from(platformKeys).where(eq(platformKeys.name, VAPID_KEY_NAME));
  if (!row) return undefined;
  try {
    return { publicKey: row.publicValue, privateKey: decryptSecret(secretKey, row.sealedPrivateValue) };
  } catch (cause) {
    // Making a new pair here would quietly cut off every subscribed device: the operator must act.
    throw new Error(
      'The VAPID private key in platform_keys cannot be decrypted: SECRET_KEY differs from the one it was sealed with.',
      { cause },
    );
  }
}
