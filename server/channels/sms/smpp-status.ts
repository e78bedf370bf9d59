import smpp from 'smpp';
import { PermanentDeliveryError } from '../alert-channel.js';

const STATUS_NAMES = new Map(Object.entries(smpp.errors).map(([name, status]) => [status, name]));

/** `ESME_RINVDSTADR`, or the number in hex for a vendor-specific status. */
export function smppStatusName(status: number): string {
  return STATUS_NAMES.get(status) ?? `0x${status.toString(16).padStart(8, '0')}`;
}

/**
 * Statuses that say this message will never be accepted as it is (the number or the message is
 * wrong), so retrying only delays the failure the alert board should show now. Throttling, a full
 * queue and system errors are left out: those pass.
 */
const PERMANENT = new Set(
  [
    'ESME_RINVDSTADR',
    'ESME_RINVDSTTON',
    'ESME_RINVDSTNPI',
    'ESME_RINVSRCADR',
    'ESME_RINVSRCTON',
    'ESME_RINVSRCNPI',
    'ESME_RINVMSGLEN',
    'ESME_RINVDCS',
    'ESME_RINVESMCLASS',
    'ESME_RINVREGDLVFLG',
    'ESME_RINVTLVVAL',
    'ESME_RPROHIBITED',
    'ESME_RX_P_APPN',
    'ESME_RX_R_APPN',
  ].map((name) => smpp.errors[name]),
);

/** Bind statuses that mean the credentials are wrong: waiting will not help, the operator must act. */
const BIND_REFUSED = new Set(
  ['ESME_RINVPASWD', 'ESME_RINVSYSID', 'ESME_RBINDFAIL'].map((name) => smpp.errors[name]),
);

/** The error a refused submit_sm turns into: permanent for a bad number or message, else retryable. */
export function submitRefusal(status: number): Error {
  const name = smppStatusName(status);
  if (PERMANENT.has(status)) return new PermanentDeliveryError(name);
  return new Error(`The SMPP server did not accept the SMS for now (${name}); it will be retried`);
}

/** Whether a refused bind is a credentials problem rather than a passing one. */
export function isCredentialRefusal(status: number): boolean {
  return BIND_REFUSED.has(status);
}
