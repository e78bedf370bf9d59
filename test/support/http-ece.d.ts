// http_ece (RFC 8188 encrypted content encoding) ships without types; only what the tests use.
declare module 'http_ece' {
  import type { ECDH } from 'node:crypto';

  export interface EceParameters {
    version?: 'aes128gcm' | 'aesgcm';
    /** The receiver's key pair: the push subscription's private key. */
    privateKey?: ECDH;
    /** The subscription's 16-byte authentication secret, base64url or bytes. */
    authSecret?: string | Buffer;
    dh?: string | Buffer;
    key?: string | Buffer;
    salt?: string | Buffer;
    rs?: number;
  }

  export function decrypt(buffer: Buffer, parameters: EceParameters): Buffer;
  export function encrypt(buffer: Buffer, parameters: EceParameters): Buffer;
}
