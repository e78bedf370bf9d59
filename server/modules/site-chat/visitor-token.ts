import { createHash, randomBytes } from 'node:crypto';

/** A new conversation token: 256 random bits, held only by the visitor's browser. */
export const newVisitorToken = () => randomBytes(32).toString('base64url');

/** What the database keeps of a token: its SHA-256, so a copy of the database opens no conversation. */
export const hashVisitorToken = (token: string) => createHash('sha256').update(token).digest('hex');
