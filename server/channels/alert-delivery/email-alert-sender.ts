import { type AlertChannelSender, PermanentDeliveryError } from '../alert-channel.js';
import { renderMail } from '../email/mail-templates.js';
import { localOutboxTransport, type MailTransport } from '../email/mail-transport.js';

/**
 * Alerts by e-mail through the platform's SMTP transport. The delivery id is the Message-ID, so a
 * copy repeated after a crash is recognisable as the same message. Without SMTP there is no
 * e-mail channel: the board says so instead of pretending the alert went out.
 */
export function createEmailAlertSender(transport: MailTransport): AlertChannelSender {
  return {
    channel: 'email',
    async send(message, address) {
      if (transport === localOutboxTransport) throw new PermanentDeliveryError('email_not_configured');
      const mail = renderMail('alert', message.language, {
        organisationName: message.organisationName,
        recipientName: address.name,
        title: message.title,
        body: message.body,
        location: message.location,
        isExercise: message.isExercise,
        urgency: message.urgency,
        responseUrl: message.responseUrl,
      });
      await transport.deliver({ id: message.deliveryId, to: address.email, ...mail });
      return { status: 'sent' };
    },
    async close() {
      transport.close?.();
    },
  };
}
