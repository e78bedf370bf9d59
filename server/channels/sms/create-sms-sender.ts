import type { Config } from '../../config/config.js';
import type { Logger } from '../../http/logger.js';
import { type AlertChannelSender, type DeliveryReport, PermanentDeliveryError } from '../alert-channel.js';
import { createHttpGatewaySender } from './http-gateway-sender.js';
import { createSmppSender } from './smpp-sender.js';

/**
 * The SMS channel the configuration chooses: an SMPP bind or a CM.com-style HTTP gateway. Without
 * one, every SMS fails at once with `sms_not_configured`, so the alert board says why no SMS went
 * out instead of showing a message as sent that nobody will receive.
 */
export function createSmsSender(
  config: Config,
  onReport: (report: DeliveryReport) => void,
  logger?: Logger,
): AlertChannelSender {
  if (config.SMS_GATEWAY === 'smpp' && config.SMPP_URL)
    return createSmppSender({ url: config.SMPP_URL, sender: config.SMS_SENDER, onReport, logger });
  if (config.SMS_GATEWAY === 'http' && config.SMS_HTTP_URL && config.SMS_HTTP_TOKEN)
    return createHttpGatewaySender({
      url: config.SMS_HTTP_URL,
      token: config.SMS_HTTP_TOKEN,
      sender: config.SMS_SENDER,
    });
  return {
    channel: 'sms',
    async send() {
      throw new PermanentDeliveryError('sms_not_configured');
    },
  };
}
