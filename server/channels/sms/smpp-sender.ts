import type smpp from 'smpp';
import { createLogger, type Logger } from '../../http/logger.js';
import { type AlertChannelSender, type DeliveryReport, PermanentDeliveryError } from '../alert-channel.js';
import { internationalNumber } from './phone-number.js';
import { DEFAULT_SMPP_TIMEOUTS, SmppLink, type SmppTimeouts } from './smpp-link.js';
import { isDeliveryReceipt, parseDeliveryReceipt } from './smpp-receipt.js';
import { submitRefusal } from './smpp-status.js';
import { parseSmppUrl } from './smpp-url.js';
import { encodeSmsText, smsEncodingOf } from './sms-encoding.js';
import { renderAlertSms } from './sms-text.js';

export interface SmppSenderOptions {
  /** `smpp://system_id:password@host:port`, or `ssmpp://` for TLS. */
  url: string;
  /** What the phone shows as sender: up to 11 letters and digits, or a phone number. */
  sender: string;
  /** Called for every final delivery receipt (delivered or failed). */
  onReport: (report: DeliveryReport) => void;
  logger?: Logger;
  /** Most submit_sm waiting for an answer at once; 50 by default. */
  windowSize?: number;
  timeouts?: Partial<SmppTimeouts>;
}

const TON_INTERNATIONAL = 1;
const TON_ALPHANUMERIC = 5;
const NPI_UNKNOWN = 0;
const NPI_ISDN = 1;
/** registered_delivery 1: a receipt for the final outcome, delivered or failed. */
const FINAL_RECEIPT = 1;

function sourceAddress(sender: string): smpp.PduOptions {
  const digits = sender.replace(/^\+/, '');
  if (!/^[0-9]+$/.test(digits))
    return { source_addr_ton: TON_ALPHANUMERIC, source_addr_npi: NPI_UNKNOWN, source_addr: sender };
  let number = digits;
  try {
    number = internationalNumber(sender);
  } catch {
    // A short code is not a full number; it is passed on as written.
  }
  return { source_addr_ton: TON_INTERNATIONAL, source_addr_npi: NPI_ISDN, source_addr: number };
}

/**
 * One SMS as a submit_sm. A text that fits one part goes in short_message; a longer one goes whole
 * in the message_payload TLV, SMPP 3.4's field for texts longer than one SMS, and the SMSC splits
 * it. Unlike segments with a UDH, that keeps one message id and one receipt per alert.
 */
function submitFields(source: smpp.PduOptions, destination: string, text: string): smpp.PduOptions {
  const { dataCoding, segments } = smsEncodingOf(text);
  const encoded = encodeSmsText(text, dataCoding);
  return {
    ...source,
    dest_addr_ton: TON_INTERNATIONAL,
    dest_addr_npi: NPI_ISDN,
    destination_addr: destination,
    registered_delivery: FINAL_RECEIPT,
    data_coding: dataCoding,
    ...(segments === 1 ? { short_message: encoded } : { message_payload: encoded }),
  };
}

/** The SMS channel over one SMPP transceiver bind; delivery receipts come back through `onReport`. */
export function createSmppSender(options: SmppSenderOptions): AlertChannelSender {
  const logger = options.logger ?? createLogger('silent');
  const source = sourceAddress(options.sender);
  const link = new SmppLink({
    endpoint: parseSmppUrl(options.url),
    windowSize: options.windowSize ?? 50,
    timeouts: { ...DEFAULT_SMPP_TIMEOUTS, ...options.timeouts },
    logger,
    onDeliverSm(pdu) {
      if (!isDeliveryReceipt(pdu)) {
        logger.info('SMPP: an incoming SMS that is not a delivery receipt was ignored');
        return;
      }
      const report = parseDeliveryReceipt(pdu);
      if (!report) return;
      // After the PDUs of this read: a submit_sm_resp that came in the same packet returns its
      // message id to send()'s caller first.
      setImmediate(() => {
        try {
          options.onReport(report);
        } catch (error) {
          logger.error('SMPP delivery receipt handler failed', { error });
        }
      });
    },
  });

  return {
    channel: 'sms',
    async send(message, address) {
      if (!address.phone?.trim()) throw new PermanentDeliveryError('no_phone_number');
      const destination = internationalNumber(address.phone);
      const answer = await link.request(
        'submit_sm',
        submitFields(source, destination, renderAlertSms(message)),
      );
      if (answer.command_status !== 0) throw submitRefusal(answer.command_status);
      return { status: 'sent', providerMessageId: answer.message_id || null };
    },
    close: () => link.close(),
  };
}
