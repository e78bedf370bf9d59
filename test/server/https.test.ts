import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate } from 'selfsigned';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server.js';

function getOverHttps(
  url: string,
  ca: string,
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    request(url, { ca }, (response) => {
      let body = '';
      response.on('data', (chunk) => {
        body += chunk;
      });
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body }),
      );
    })
      .on('error', reject)
      .end();
  });
}

describe('HTTPS served directly [pglite]', () => {
  const folder = mkdtempSync(join(tmpdir(), 'baken-tls-'));
  let server: TestServer;
  let certificate: string;
  beforeAll(async () => {
    const pems = await generate([{ name: 'commonName', value: 'localhost' }], {
      keySize: 2048,
      extensions: [{ name: 'subjectAltName', altNames: [{ type: 2, value: 'localhost' }] }],
    });
    certificate = pems.cert;
    writeFileSync(join(folder, 'cert.pem'), pems.cert);
    writeFileSync(join(folder, 'key.pem'), pems.private);
    server = await startTestServer({
      env: { TLS_CERT_FILE: join(folder, 'cert.pem'), TLS_KEY_FILE: join(folder, 'key.pem') },
    });
  });
  afterAll(async () => {
    await server?.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  // @promise P12
  it('serves HTTPS with a certificate the client can verify, and sends HSTS', async () => {
    expect(server.url).toMatch(/^https:/);
    const response = await getOverHttps(`${server.url}/healthz`, certificate);
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toMatchObject({ status: 'ok' });
    expect(response.headers['strict-transport-security']).toContain('max-age=31536000');
  });
});
