import type { AlertChannel, AlertUrgency } from '../db/schema/alerts.js';

/** One alert message for one person on one channel, rendered by the channel in the person's language. */
export interface AlertMessage {
  /** The delivery's id: the Message-ID of an e-mail, the push Topic, the SMS reference. */
  deliveryId: string;
  alertId: string;
  language: 'nl' | 'en';
  organisationName: string;
  title: string;
  body: string;
  location: string;
  urgency: AlertUrgency;
  /** Exercises are marked as such in every channel, so nobody takes one for a real crisis. */
  isExercise: boolean;
  /** The signed, single-use, expiring link that answers for this person on this alert without signing in. */
  responseUrl: string;
  /** The token inside `responseUrl`, for the push notification's action buttons. */
  responseToken: string;
}

/** Where a person is reached: e-mail always, phone for SMS, push through their subscribed devices. */
export interface AlertAddress {
  userId: string;
  name: string;
  email: string;
  phone: string | null;
}

/** What a channel reports after handing a message over. */
export interface HandOver {
  /** `delivered` when the channel confirms arrival on the spot; `sent` when only the hand-over is known. */
  status: 'sent' | 'delivered';
  /** The channel's own id for the message, to match a later delivery report (SMPP message id). */
  providerMessageId?: string | null;
}

/**
 * A failure a retry cannot fix (no phone number, no subscribed device, number refused): the
 * delivery is marked failed at once with this reason instead of being retried.
 */
export class PermanentDeliveryError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'PermanentDeliveryError';
  }
}

/** A later report from the channel about a message it accepted earlier (an SMPP delivery receipt). */
export interface DeliveryReport {
  providerMessageId: string;
  status: 'delivered' | 'failed';
  reason?: string;
}

/** One way of reaching people. Implementations: push, e-mail, SMS (SMPP or HTTP gateway). */
export interface AlertChannelSender {
  readonly channel: AlertChannel;
  /** Hands the message over; throws to retry later, or PermanentDeliveryError to give up. */
  send(message: AlertMessage, address: AlertAddress): Promise<HandOver>;
  /**
   * Told of the people about to be sent to, as a batch is claimed, so a channel that needs
   * something per person (push: their devices) can look everyone up in one query.
   */
  prepare?(addresses: readonly AlertAddress[]): Promise<void>;
  /** Closes connections (SMPP binds, SMTP pools) at shutdown. */
  close?(): Promise<void>;
}
