import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from './config.js';
import { ConfigError } from './config.js';

/**
 * The platform's 32-byte secret, for encrypting TOTP secrets and signing short-lived tokens.
 * `SECRET_KEY` (base64) wins; the embedded database generates one beside its data (not inside it,
 * so a database dump alone does not hold it); several PostgreSQL instances must share one, so
 * there it is required.
 */
export function loadSecretKey(config: Pick<Config, 'SECRET_KEY' | 'DATABASE_URL' | 'DATA_DIR'>): Buffer {
  if (config.SECRET_KEY) {
    const key = Buffer.from(config.SECRET_KEY, 'base64');
    if (key.length !== 32)
      throw new ConfigError(
        'Invalid configuration:\n  SECRET_KEY: must be 32 bytes, base64-encoded (openssl rand -base64 32)',
      );
    return key;
  }
  if (config.DATABASE_URL) {
    throw new ConfigError(
      'Invalid configuration:\n  SECRET_KEY: required with DATABASE_URL, the same for every instance (openssl rand -base64 32)',
    );
  }
  const path = join(config.DATA_DIR, 'secret.key');
  if (existsSync(path)) return Buffer.from(readFileSync(path, 'utf8').trim(), 'base64');
  mkdirSync(config.DATA_DIR, { recursive: true });
  const key = randomBytes(32);
  writeFileSync(path, key.toString('base64'), { mode: 0o600 });
  return key;
}
