import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { smsEncodingOf } from '../../server/channels/sms/sms-encoding.js';

/** One SMS the gateway accepted. */
export interface GatewaySms {
  to: string;
  from: string;
  text: string;
  reference: string | null;
  maximumParts: number | null;
}

export interface SmsHttpTestGateway {
  url: string;
  token: string;
  messages: GatewaySms[];
  /** Answer messages to this number (as sent, e.g. "0031612345678") as not a number. */
  rejectNumber(number: string): void;
  /** Answer the next request with this HTTP status (e.g. 503) and nothing else. */
  failNextWith(status: number): void;
  /**
   * The body CM posts to a status report webhook (JSON format) about an accepted message: STATUS 0
   * accepted by the operator, 1 rejected, 2 delivered, 3 failed.
   */
  statusReport(message: GatewaySms, code: 0 | 1 | 2 | 3, error?: { code: string; text: string }): unknown;
  close(): Promise<void>;
}

interface CmMessageResult {
  to: string;
  status: 'Accepted' | 'Rejected';
  reference: string | null;
  parts: number;
  messageDetails: string | null;
  messageErrorCode: number;
}

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** CM treats JSON keys case-insensitively ("productToken", "producttoken"); so does this gateway. */
function field(object: unknown, name: string): unknown {
  if (!isObject(object)) return undefined;
  const key = Object.keys(object).find((candidate) => candidate.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : object[key];
}

function answer(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * An HTTP server on 127.0.0.1 that answers like CM.com's Business Messaging API (JSON POST): it
 * checks the product token (body or X-CM-PRODUCTTOKEN header), answers per message Accepted or
 * Rejected with CM's error codes, and records what it accepted.
 */
export async function startSmsHttpTestGateway(options: { token?: string } = {}): Promise<SmsHttpTestGateway> {
  const token = options.token ?? '00000000-0000-0000-0000-000000000001';
  const messages: GatewaySms[] = [];
  const rejected = new Set<string>();
  let failNext: number | null = null;

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    if (request.method !== 'POST') return answer(response, 405, { details: 'POST only', errorCode: 999 });
    const text = await readBody(request);
    if (failNext !== null) {
      const status = failNext;
      failNext = null;
      response.writeHead(status, { 'content-type': 'text/plain' });
      return response.end('Service Unavailable');
    }
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return answer(response, 400, { details: 'Invalid JSON', errorCode: 202, messages: [] });
    }
    const envelope = field(body, 'messages');
    const given =
      field(field(envelope, 'authentication'), 'producttoken') ?? request.headers['x-cm-producttoken'];
    if (given !== token)
      return answer(response, 400, {
        details: 'No account found for the given authentication',
        errorCode: 101,
        messages: [],
      });
    const list = field(envelope, 'msg');
    if (!Array.isArray(list) || list.length === 0)
      return answer(response, 400, {
        details: 'A MESSAGES node requires at least one MSG node',
        errorCode: 203,
      });
    const results: CmMessageResult[] = [];
    for (const msg of list) {
      const content = String(field(field(msg, 'body'), 'content') ?? '');
      const reference = (field(msg, 'reference') as string | undefined) ?? null;
      const maximumParts = (field(msg, 'maximumNumberOfMessageParts') as number | undefined) ?? null;
      const recipients = field(msg, 'to');
      for (const recipient of Array.isArray(recipients) ? recipients : []) {
        const number = String(field(recipient, 'number') ?? '');
        if (rejected.has(number) || !/^00[1-9][0-9]{6,14}$/.test(number)) {
          results.push({
            to: number,
            status: 'Rejected',
            reference,
            parts: 0,
            messageDetails: `Gsm '${number}' is not a number.`,
            messageErrorCode: 303,
          });
          continue;
        }
        const from = String(field(msg, 'from') ?? '');
        messages.push({ to: number, from, text: content, reference, maximumParts });
        const parts = smsEncodingOf(content).segments;
        results.push({
          to: number,
          status: 'Accepted',
          reference,
          parts,
          messageDetails: null,
          messageErrorCode: 0,
        });
      }
    }
    const accepted = results.filter((result) => result.status === 'Accepted').length;
    answer(response, accepted > 0 ? 200 : 400, {
      details: `Created ${accepted} message(s)`,
      errorCode: accepted === results.length ? 0 : 201,
      messages: results,
    });
  };

  const server = createServer((request, response) => {
    handle(request, response).catch(() =>
      answer(response, 500, { details: 'Internal error', errorCode: 500 }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/v1.0/message`,
    token,
    messages,
    rejectNumber(number) {
      rejected.add(number);
    },
    failNextWith(status) {
      failNext = status;
    },
    statusReport(message, code, error) {
      return {
        messages: {
          msg: {
            received: new Date().toISOString().slice(0, 19),
            to: message.to,
            reference: message.reference,
            status: {
              code: String(code),
              errorCode: error?.code ?? '',
              errorDescription: error?.text ?? '',
            },
            operator: '20416',
          },
        },
      };
    },
    close() {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
