import smpp from 'smpp';
import type { Logger } from '../../http/logger.js';
import { RequestWindow } from './request-window.js';
import { openSmppBind, SmppBindRefusedError } from './smpp-bind.js';
import type { SmppEndpoint } from './smpp-url.js';

export interface SmppTimeouts {
  /** Connecting plus bind_transceiver_resp. */
  bindMs: number;
  /** How long a caller waits for a bound session (several bind attempts) before its send fails. */
  waitForBindMs: number;
  /** For any answer (submit_sm_resp, enquire_link_resp); a silent server means a dead link. */
  responseMs: number;
  /** Keep-alive, so a dead TCP connection is noticed and NAT/firewalls keep the bind open. */
  enquireLinkMs: number;
}

export const DEFAULT_SMPP_TIMEOUTS: SmppTimeouts = {
  bindMs: 10_000,
  waitForBindMs: 15_000,
  responseMs: 30_000,
  enquireLinkMs: 30_000,
};

export interface SmppLinkOptions {
  endpoint: SmppEndpoint;
  windowSize: number;
  timeouts: SmppTimeouts;
  logger: Logger;
  /** A deliver_sm from the server, already answered with deliver_sm_resp. */
  onDeliverSm(pdu: smpp.PDU): void;
}

interface BoundSession {
  session: smpp.Session;
  pending: Map<number, (error: Error) => void>;
  keepAlive: NodeJS.Timeout;
}

interface BindWaiter {
  resolve(bound: BoundSession): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout;
}

const FIRST_RETRY_MS = 250;
const MAX_RETRY_MS = 30_000;

/**
 * One persistent bind_transceiver session to an SMSC: opened when first needed, kept alive with
 * enquire_link, bound again with growing pauses after it drops (receipts only arrive on a bound
 * session), and at most `windowSize` requests waiting for an answer at a time.
 */
export class SmppLink {
  private bound: BoundSession | null = null;
  private connecting = false;
  private closed = false;
  private retryTimer: NodeJS.Timeout | null = null;
  private failures = 0;
  private lastError: Error | null = null;
  private everBound = false;
  private readonly bindWaiters = new Set<BindWaiter>();
  private readonly window: RequestWindow;

  constructor(private readonly options: SmppLinkOptions) {
    this.window = new RequestWindow(options.windowSize);
  }

  /** Sends one request on the bound session and resolves with the server's answer (any status). */
  async request(command: string, fields: smpp.PduOptions): Promise<smpp.PDU> {
    // Wait for a bind before a window slot: with the SMSC down every send fails after one wait,
    // instead of queueing for slots held by sends that are themselves waiting.
    await this.boundSession();
    await this.window.enter();
    try {
      // The bind may have been replaced while this request waited for a slot.
      const bound = await this.boundSession();
      return await this.exchange(bound, new smpp.PDU(command, fields));
    } finally {
      this.window.leave();
    }
  }

  /** Unbinds and closes; requests still waiting fail (retryable). */
  async close(): Promise<void> {
    this.closed = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    const closedError = new Error('The SMS sender is shutting down; the SMS will be retried');
    for (const waiter of this.bindWaiters) this.failWaiter(waiter, closedError);
    this.window.refuseWaiting(closedError);
    const bound = this.bound;
    if (!bound) return;
    clearInterval(bound.keepAlive);
    // Answers to requests sent before the unbind still come first: the server handles them in order.
    await this.exchange(bound, new smpp.PDU('unbind', {}), 2_000).catch(() => undefined);
    await new Promise<void>((resolve) => {
      if (bound.session.socket.destroyed) return resolve();
      const force = setTimeout(() => {
        bound.session.destroy();
        resolve();
      }, 2_000);
      bound.session.close(() => {
        clearTimeout(force);
        resolve();
      });
    });
  }

  private boundSession(): Promise<BoundSession> {
    if (this.closed) return Promise.reject(new Error('The SMS sender is closed'));
    if (this.bound) return Promise.resolve(this.bound);
    // Wrong credentials: fail fast until the next attempt instead of holding every send.
    if (this.lastError instanceof SmppBindRefusedError && this.retryTimer)
      return Promise.reject(this.lastError);
    return new Promise((resolve, reject) => {
      const { host, port } = this.options.endpoint;
      const waiter: BindWaiter = {
        resolve,
        reject,
        timer: setTimeout(() => {
          const reason = this.lastError ? `: ${this.lastError.message}` : '';
          this.failWaiter(waiter, new Error(`No SMPP bind with ${host}:${port}${reason}`));
        }, this.options.timeouts.waitForBindMs),
      };
      this.bindWaiters.add(waiter);
      if (!this.connecting && !this.retryTimer) void this.connect();
    });
  }

  private failWaiter(waiter: BindWaiter, error: Error): void {
    clearTimeout(waiter.timer);
    this.bindWaiters.delete(waiter);
    waiter.reject(error);
  }

  private async connect(): Promise<void> {
    this.connecting = true;
    try {
      const session = await openSmppBind(
        this.options.endpoint,
        this.options.timeouts.bindMs,
        this.options.logger,
      );
      if (this.closed) {
        session.destroy();
        return;
      }
      this.failures = 0;
      this.lastError = null;
      this.everBound = true;
      const bound = this.adopt(session);
      for (const waiter of this.bindWaiters) {
        clearTimeout(waiter.timer);
        waiter.resolve(bound);
      }
      this.bindWaiters.clear();
    } catch (error) {
      this.failures++;
      this.lastError = error as Error;
      this.options.logger.warn('SMPP bind failed', { error: this.lastError.message, attempt: this.failures });
      if (error instanceof SmppBindRefusedError)
        for (const waiter of this.bindWaiters) this.failWaiter(waiter, error);
      this.scheduleRetry();
    } finally {
      this.connecting = false;
    }
  }

  private scheduleRetry(): void {
    if (this.closed || this.retryTimer) return;
    const pause = Math.min(FIRST_RETRY_MS * 2 ** this.failures, MAX_RETRY_MS) * (0.8 + Math.random() * 0.4);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      // After a bind that worked, bind again even when idle: delivery receipts wait for us.
      if (!this.closed && (this.bindWaiters.size > 0 || this.everBound)) void this.connect();
    }, pause);
    this.retryTimer.unref();
  }

  private adopt(session: smpp.Session): BoundSession {
    const bound: BoundSession = {
      session,
      pending: new Map(),
      keepAlive: setInterval(() => {
        this.exchange(bound, new smpp.PDU('enquire_link', {})).catch(() => undefined);
      }, this.options.timeouts.enquireLinkMs),
    };
    bound.keepAlive.unref();
    this.bound = bound;
    session.on('pdu', (pdu: smpp.PDU) => this.answer(bound, pdu));
    session.on('close', () => this.dropped(bound));
    return bound;
  }

  /** Requests from the server: receipts and keep-alives are answered, anything else refused. */
  private answer(bound: BoundSession, pdu: smpp.PDU): void {
    if (pdu.isResponse()) return;
    if (pdu.command === 'deliver_sm') {
      bound.session.send(pdu.response({ message_id: '' }));
      this.options.onDeliverSm(pdu);
    } else if (pdu.command === 'enquire_link') {
      bound.session.send(pdu.response());
    } else if (pdu.command === 'unbind') {
      bound.session.send(pdu.response(), () => bound.session.close());
    } else {
      bound.session.send(pdu.response({ command_status: smpp.errors.ESME_RINVCMDID }));
    }
  }

  private dropped(bound: BoundSession): void {
    if (this.bound !== bound) return;
    this.bound = null;
    clearInterval(bound.keepAlive);
    const lost = new Error(
      'The connection to the SMPP server ended before it answered; the SMS will be retried',
    );
    for (const reject of bound.pending.values()) reject(lost);
    bound.pending.clear();
    if (this.closed) return;
    this.options.logger.warn('SMPP connection lost; binding again', {
      host: this.options.endpoint.host,
      port: this.options.endpoint.port,
    });
    this.scheduleRetry();
  }

  private exchange(
    bound: BoundSession,
    pdu: smpp.PDU,
    timeoutMs = this.options.timeouts.responseMs,
  ): Promise<smpp.PDU> {
    return new Promise((resolve, reject) => {
      const settle = (error: Error) => {
        clearTimeout(timer);
        bound.pending.delete(pdu.sequence_number);
        reject(error);
      };
      const timer = setTimeout(() => {
        settle(new Error(`The SMPP server did not answer ${pdu.command} in time; the SMS will be retried`));
        // SMPP's rule after a response timeout: the link is unusable, start a new one.
        bound.session.destroy();
      }, timeoutMs);
      const written = bound.session.send(pdu, (answer) => {
        if (!bound.pending.delete(pdu.sequence_number)) return;
        clearTimeout(timer);
        resolve(answer);
      });
      if (!written) {
        clearTimeout(timer);
        reject(new Error('The connection to the SMPP server is closed; the SMS will be retried'));
        return;
      }
      bound.pending.set(pdu.sequence_number, settle);
    });
  }
}
