import smpp from 'smpp';
import type { DeliveryReport } from '../alert-channel.js';

/** Bits 2–5 of esm_class give the message type; 0x04 is an SMSC delivery receipt. */
const MESSAGE_TYPE_MASK = 0x3c;
const DELIVERY_RECEIPT = 0x04;

/** Final receipt states (SMPP 3.4 appendix B): DELIVRD is success, the rest failure. */
const FINAL_TEXT_STATES: Record<string, DeliveryReport['status']> = {
  DELIVRD: 'delivered',
  EXPIRED: 'failed',
  DELETED: 'failed',
  UNDELIV: 'failed',
  REJECTD: 'failed',
  UNKNOWN: 'failed',
};

/** The message_state TLV's final values; 0 SCHEDULED, 1 ENROUTE and 6 ACCEPTED are not final. */
const FINAL_STATES: Record<number, { name: string; status: DeliveryReport['status'] }> = {
  2: { name: 'DELIVERED', status: 'delivered' },
  3: { name: 'EXPIRED', status: 'failed' },
  4: { name: 'DELETED', status: 'failed' },
  5: { name: 'UNDELIVERABLE', status: 'failed' },
  7: { name: 'UNKNOWN', status: 'failed' },
  8: { name: 'REJECTED', status: 'failed' },
  9: { name: 'SKIPPED', status: 'failed' },
};

export function isDeliveryReceipt(pdu: smpp.PDU): boolean {
  return ((pdu.esm_class ?? 0) & MESSAGE_TYPE_MASK) === DELIVERY_RECEIPT;
}

/**
 * The receipt text as the SMSC wrote it. The package decodes data_coding 0 as GSM 03.38, which
 * turns ASCII "_" or "@" in a message id into other characters; encoding it back restores the bytes.
 */
function receiptText(pdu: smpp.PDU): string {
  const field = pdu.short_message;
  const message = field && typeof field === 'object' && 'message' in field ? field.message : field;
  if (message === undefined) return '';
  if (Buffer.isBuffer(message)) return message.toString('latin1');
  if (((pdu.data_coding ?? 0) & 0x0f) === 0) return smpp.gsmCoder.encode(message).toString('latin1');
  return message;
}

/**
 * The report a delivery receipt carries, or null for an intermediate one (ENROUTE, ACCEPTD) or a
 * receipt that names no message. The TLVs (receipted_message_id, message_state) win over the text
 * `id:… sub:… dlvrd:… submit date:… done date:… stat:DELIVRD err:000`, which SMSCs vary in.
 */
export function parseDeliveryReceipt(pdu: smpp.PDU): DeliveryReport | null {
  const text = receiptText(pdu);
  const providerMessageId = pdu.receipted_message_id || /\bid:(\S+)/i.exec(text)?.[1];
  if (!providerMessageId) return null;
  const error = /\berr:(\S+)/i.exec(text)?.[1];
  const withError = (reason: string) => (error && !/^0+$/.test(error) ? `${reason} err:${error}` : reason);
  if (pdu.message_state !== undefined) {
    const state = FINAL_STATES[pdu.message_state];
    if (!state) return null;
    return state.status === 'delivered'
      ? { providerMessageId, status: 'delivered' }
      : { providerMessageId, status: 'failed', reason: withError(state.name) };
  }
  const stat = /\bstat:(\w+)/i.exec(text)?.[1]?.toUpperCase();
  const status = stat ? FINAL_TEXT_STATES[stat] : undefined;
  if (!stat || !status) return null;
  return status === 'delivered'
    ? { providerMessageId, status }
    : { providerMessageId, status, reason: withError(stat) };
}
