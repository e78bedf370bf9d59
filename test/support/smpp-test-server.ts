import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import smpp from 'smpp';

/** One SMS the server accepted (answered with submit_sm_resp). */
export interface ReceivedSms {
  to: string;
  from: string;
  text: string;
  messageId: string;
  dataCoding: number;
}

export interface SmppTestServerOptions {
  systemId?: string;
  password?: string;
  /** Send a DELIVRD receipt for every accepted message, right after its submit_sm_resp. */
  receipts?: boolean;
  /** A fixed port, to start the server again where a client expects it; a free one by default. */
  port?: number;
}

export interface ReceiptOptions {
  /** DELIVRD, UNDELIV, EXPIRED, REJECTD…; DELIVRD by default. */
  stat?: string;
  /** Only the receipt text, without the receipted_message_id and message_state TLVs. */
  textOnly?: boolean;
}

export interface SmppTestServer {
  url: string;
  port: number;
  messages: ReceivedSms[];
  /** Successful binds so far. */
  readonly binds: number;
  waitForBinds(count: number, timeoutMs: number): Promise<void>;
  /** Stop answering submit_sm: they stay pending, and are dropped if their client disconnects. */
  hold(): void;
  /** Answer the held submit_sm and every later one again. */
  release(): void;
  /** Submit_sm held unanswered right now, over all sessions. */
  readonly held: number;
  waitForHeld(count: number, timeoutMs: number): Promise<void>;
  /** Answer submit_sm to this number with an error status (ESME_RINVDSTADR by default). */
  refuseNumber(number: string, status?: string): void;
  sendReceipt(messageId: string, options?: ReceiptOptions): void;
  waitForCount(count: number, timeoutMs: number): Promise<void>;
  close(): Promise<void>;
}

const DELIVERY_RECEIPT = 0x04;
const MESSAGE_STATES: Record<string, number> = {
  DELIVRD: 2,
  EXPIRED: 3,
  DELETED: 4,
  UNDELIV: 5,
  ACCEPTD: 6,
  UNKNOWN: 7,
  REJECTD: 8,
};

function decodedText(pdu: smpp.PDU): string {
  const field = pdu.message_payload ?? pdu.short_message;
  const message = field && typeof field === 'object' && 'message' in field ? field.message : field;
  if (message === undefined) return '';
  return Buffer.isBuffer(message) ? message.toString('latin1') : message;
}

function receiptDate(date: Date): string {
  const two = (value: number) => String(value).padStart(2, '0');
  return `${two(date.getUTCFullYear() % 100)}${two(date.getUTCMonth() + 1)}${two(date.getUTCDate())}${two(date.getUTCHours())}${two(date.getUTCMinutes())}`;
}

interface Submission {
  session: smpp.Session;
  pdu: smpp.PDU;
}

/**
 * A real SMSC on 127.0.0.1 speaking SMPP 3.4 through the `smpp` package's server: it checks the
 * bind's credentials, answers submit_sm with a message id, and can hold answers back, refuse
 * numbers and send delivery receipts. Fast enough for the 10,000-message benchmark.
 */
export async function startSmppTestServer(options: SmppTestServerOptions = {}): Promise<SmppTestServer> {
  const systemId = options.systemId ?? 'baken';
  const password = options.password ?? 'geheim';
  // Message ids differ between runs of the server, as a restarted SMSC's would.
  const idPrefix = randomBytes(3).toString('hex');
  const messages: ReceivedSms[] = [];
  const submittedBy = new Map<string, Submission>();
  /** The bound sessions, each with the submit_sm it holds unanswered. */
  const boundSessions = new Map<smpp.Session, smpp.PDU[]>();
  const refused = new Map<string, number>();
  const waiters = new Set<{ reached(): boolean; done(): void }>();
  let holding = false;
  let counter = 0;
  let binds = 0;

  const heldCount = () => {
    let count = 0;
    for (const pdus of boundSessions.values()) count += pdus.length;
    return count;
  };
  const notify = () => {
    for (const waiter of waiters) if (waiter.reached()) waiter.done();
  };
  const waitFor = (reached: () => boolean, describe: () => string, timeoutMs: number) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        waiters.delete(waiter);
        reject(new Error(`The SMPP test server ${describe()} after ${timeoutMs} ms`));
      }, timeoutMs);
      const waiter = {
        reached,
        done() {
          clearTimeout(timer);
          waiters.delete(waiter);
          resolve();
        },
      };
      waiters.add(waiter);
      notify();
    });

  const deliverReceipt = (submission: Submission, messageId: string, receipt: ReceiptOptions = {}) => {
    const stat = receipt.stat ?? 'DELIVRD';
    const delivered = stat === 'DELIVRD';
    const date = receiptDate(new Date());
    const { pdu } = submission;
    // The SMSC sends the receipt on the submitter's bind, or on any other bound one.
    const session = submission.session.socket.destroyed ? [...boundSessions.keys()][0] : submission.session;
    session?.deliver_sm({
      source_addr_ton: pdu.dest_addr_ton,
      source_addr_npi: pdu.dest_addr_npi,
      source_addr: pdu.destination_addr,
      dest_addr_ton: pdu.source_addr_ton,
      dest_addr_npi: pdu.source_addr_npi,
      destination_addr: pdu.source_addr,
      esm_class: DELIVERY_RECEIPT,
      data_coding: 0,
      short_message: `id:${messageId} sub:001 dlvrd:${delivered ? '001' : '000'} submit date:${date} done date:${date} stat:${stat} err:${delivered ? '000' : '001'} text:`,
      ...(receipt.textOnly
        ? {}
        : { receipted_message_id: messageId, message_state: MESSAGE_STATES[stat] ?? MESSAGE_STATES.UNKNOWN }),
    });
  };

  const accept = (session: smpp.Session, pdu: smpp.PDU) => {
    // An answer that cannot reach its client accepts nothing.
    if (!session.socket.writable) return;
    const refusal = refused.get(pdu.destination_addr ?? '');
    if (refusal !== undefined) {
      session.send(pdu.response({ command_status: refusal }));
      return;
    }
    counter++;
    const messageId = `${idPrefix}${counter.toString(16).padStart(6, '0')}`;
    messages.push({
      to: pdu.destination_addr ?? '',
      from: pdu.source_addr ?? '',
      text: decodedText(pdu),
      messageId,
      dataCoding: pdu.data_coding ?? 0,
    });
    session.send(pdu.response({ message_id: messageId }));
    const submission = { session, pdu };
    submittedBy.set(messageId, submission);
    if (options.receipts) deliverReceipt(submission, messageId);
    notify();
  };

  const server = smpp.createServer({}, (session) => {
    session.socket.setNoDelay(true);
    let bound = false;
    session.on('error', () => undefined);
    session.on('close', () => {
      // Never answered, so never accepted: a real SMSC forgets these too.
      boundSessions.delete(session);
    });
    const bind = (pdu: smpp.PDU) => {
      if (pdu.system_id !== systemId) {
        session.send(pdu.response({ command_status: smpp.errors.ESME_RINVSYSID }));
      } else if (pdu.password !== password) {
        session.send(pdu.response({ command_status: smpp.errors.ESME_RINVPASWD }));
      } else {
        bound = true;
        binds++;
        boundSessions.set(session, []);
        session.send(pdu.response({ system_id: 'baken-test-smsc' }));
        notify();
      }
    };
    session.on('bind_transceiver', bind);
    session.on('bind_transmitter', bind);
    session.on('submit_sm', (pdu: smpp.PDU) => {
      if (!bound) session.send(pdu.response({ command_status: smpp.errors.ESME_RINVBNDSTS }));
      else if (holding) {
        boundSessions.get(session)?.push(pdu);
        notify();
      } else accept(session, pdu);
    });
    session.on('enquire_link', (pdu: smpp.PDU) => session.send(pdu.response()));
    session.on('unbind', (pdu: smpp.PDU) => {
      bound = false;
      session.send(pdu.response(), () => session.close());
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `smpp://${encodeURIComponent(systemId)}:${encodeURIComponent(password)}@127.0.0.1:${port}`,
    port,
    messages,
    get binds() {
      return binds;
    },
    hold() {
      holding = true;
    },
    release() {
      holding = false;
      for (const [session, pdus] of boundSessions) for (const pdu of pdus.splice(0)) accept(session, pdu);
    },
    refuseNumber(number, status = 'ESME_RINVDSTADR') {
      const code = smpp.errors[status];
      if (code === undefined) throw new Error(`Unknown SMPP status ${status}`);
      refused.set(number, code);
    },
    sendReceipt(messageId, receipt) {
      const submission = submittedBy.get(messageId);
      if (!submission) throw new Error(`The SMPP test server never accepted message ${messageId}`);
      deliverReceipt(submission, messageId, receipt);
    },
    waitForBinds(count, timeoutMs) {
      return waitFor(
        () => binds >= count,
        () => `had ${binds} of ${count} binds`,
        timeoutMs,
      );
    },
    get held() {
      return heldCount();
    },
    waitForHeld(count, timeoutMs) {
      return waitFor(
        () => heldCount() >= count,
        () => `held ${heldCount()} of ${count} messages`,
        timeoutMs,
      );
    },
    waitForCount(count, timeoutMs) {
      return waitFor(
        () => messages.length >= count,
        () => `had ${messages.length} of ${count} messages`,
        timeoutMs,
      );
    },
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const session of [...server.sessions]) session.destroy();
      await closed;
    },
  };
}
