import smpp from 'smpp';
import type { Logger } from '../../http/logger.js';
import { isCredentialRefusal, smppStatusName } from './smpp-status.js';
import type { SmppEndpoint } from './smpp-url.js';

/** A bind refused for its credentials: retrying on its own will not help, so callers hear it at once. */
export class SmppBindRefusedError extends Error {}

/** Connects and binds as transceiver; resolves with the bound session, or rejects within `timeoutMs`. */
export function openSmppBind(
  endpoint: SmppEndpoint,
  timeoutMs: number,
  logger: Logger,
): Promise<smpp.Session> {
  const { host, port, tls, systemId, password } = endpoint;
  return new Promise((resolve, reject) => {
    const session = smpp.connect({ host, port, tls });
    let settled = false;
    const fail = (error: Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      session.destroy();
      reject(error);
    };
    const timer = setTimeout(
      () => fail(new Error(`SMPP server ${host}:${port} did not answer the bind in time`)),
      timeoutMs,
    );
    // Kept for the session's whole life: an 'error' without a listener would end the process.
    session.on('error', (error: Error) => {
      if (!settled) fail(new Error(`SMPP server ${host}:${port} not reachable: ${error.message}`));
      else logger.warn('SMPP connection error', { error: error.message });
    });
    session.on('close', () => fail(new Error(`SMPP server ${host}:${port} closed the connection`)));
    session.once(tls ? 'secureConnect' : 'connect', () => {
      session.socket.setNoDelay(true);
      session.bind_transceiver({ system_id: systemId, password }, (answer) => {
        if (answer.command_status === 0) {
          settled = true;
          clearTimeout(timer);
          resolve(session);
          return;
        }
        const status = smppStatusName(answer.command_status);
        fail(
          isCredentialRefusal(answer.command_status)
            ? new SmppBindRefusedError(
                `The SMPP server refused the bind as "${systemId}" (${status}): check system_id and password in SMPP_URL`,
              )
            : new Error(`The SMPP server refused the bind (${status})`),
        );
      });
    });
  });
}
