import { createHash, randomBytes } from 'node:crypto';

// bkn_<8 hex>_<43 base64url>: the secret may itself contain '_', so the shape is fixed, not split.
const API_KEY_SHAPE = /^bkn_([0-9a-f]{8})_[A-Za-z0-9_-]{43}$/;

export interface NewApiKeySecret {
  /** The whole key, shown once to the admin who made it. */
  key: string;
  /** Shown in lists so admins can tell keys apart; not secret and not unique. */
  prefix: string;
  /** What is stored and looked up. */
  keyHash: string;
}

/** A fresh key: 8 hex characters of prefix and 256 random bits of secret. */
export function newApiKeySecret(): NewApiKeySecret {
  const prefix = randomBytes(4).toString('hex');
  const key = `bkn_${prefix}_${randomBytes(32).toString('base64url')}`;
  return { key, prefix, keyHash: hashApiKey(key) };
}

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

/** Whether a bearer token has the shape of a Baken key; anything else needs no database lookup. */
export function isApiKeyShaped(token: string): boolean {
  return API_KEY_SHAPE.test(token);
}
