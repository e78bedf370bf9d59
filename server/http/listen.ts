import { readFileSync } from 'node:fs';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { type ServerType, serve } from '@hono/node-server';
import type { Config } from '../config/config.js';

export class PortInUseError extends Error {}

export interface RunningServer {
  server: ServerType;
  port: number;
  protocol: 'http' | 'https';
}

/**
 * HTTPS straight from this process when a certificate is configured; otherwise plain HTTP, meant
 * for a TLS-terminating proxy in front (TRUST_PROXY) or for localhost.
 */
export function listen(
  fetch: (request: Request) => Response | Promise<Response>,
  config: Config,
): Promise<RunningServer> {
  const tls =
    config.TLS_CERT_FILE && config.TLS_KEY_FILE
      ? { cert: readFileSync(config.TLS_CERT_FILE), key: readFileSync(config.TLS_KEY_FILE) }
      : undefined;
  return new Promise((resolve, reject) => {
    const server = serve(
      {
        fetch,
        port: config.PORT,
        hostname: config.HOST,
        ...(tls ? { createServer: createHttpsServer, serverOptions: tls } : {}),
      },
      (info: AddressInfo) => resolve({ server, port: info.port, protocol: tls ? 'https' : 'http' }),
    );
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new PortInUseError(
              `Port ${config.PORT} is already in use. Stop the other program or choose another port with PORT=...`,
            )
          : error,
      ),
    );
  });
}
