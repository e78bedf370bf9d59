import type { AlertChannel, AlertUrgency } from '../../db/schema/alerts.js';
import type { QuietHours } from '../../db/schema/users.js';

/** The order channels are tried in when a person's own choice does not decide it. */
const CHANNEL_ORDER: readonly AlertChannel[] = ['push', 'sms', 'email'];

/** What the plan needs to know about a person. */
export interface ReachablePerson {
  notificationChannels: readonly AlertChannel[];
  hasPhone: boolean;
  /** At least one device subscribed to Web Push. */
  hasPushDevice: boolean;
  timeZone: string;
  quietHours: QuietHours | null;
}

/**
 * The channels to try for one person, in order: the ones they chose first (in the platform's
 * order, push before SMS before e-mail: fastest to notice), then the other channels they can be
 * reached on, tried only by escalation, because an unanswered alert must find them somehow (a
 * mistyped number must not leave a person unreached). SMS needs a
 * phone number and push a subscribed device (a channel that cannot work would only delay the
 * next one by the escalation minutes); e-mail is always possible.
 */
export function channelPlan(person: ReachablePerson): AlertChannel[] {
  const possible = (channel: AlertChannel) =>
    (channel !== 'sms' || person.hasPhone) && (channel !== 'push' || person.hasPushDevice);
  const chosen = CHANNEL_ORDER.filter(
    (channel) => person.notificationChannels.includes(channel) && possible(channel),
  );
  const rest = CHANNEL_ORDER.filter((channel) => !chosen.includes(channel) && possible(channel));
  return [...chosen, ...rest];
}

/**
 * How many channels of the plan go out at once: a crisis alert uses every channel the person chose
 * at the same moment (at 04:00 one channel may be silent); a normal alert starts with the first
 * and escalates to the next when there is no answer.
 */
export function channelsAtOnce(
  plan: readonly AlertChannel[],
  person: ReachablePerson,
  urgency: AlertUrgency,
) {
  if (urgency !== 'crisis') return Math.min(1, plan.length);
  const chosen = plan.filter((channel) => person.notificationChannels.includes(channel)).length;
  return Math.max(1, chosen);
}

/**
 * When a normal alert may go out to someone: now, or when their quiet hours end. Crisis alerts
 * ignore quiet hours. Quiet hours are wall-clock times in the person's time zone and may span
 * midnight (22:00–07:00).
 */
export function notBefore(now: Date, person: ReachablePerson, urgency: AlertUrgency): Date {
  if (urgency === 'crisis' || !person.quietHours) return now;
  const { from, until } = person.quietHours;
  const minutesNow = wallClockMinutes(now, person.timeZone);
  const start = toMinutes(from);
  const end = toMinutes(until);
  const inside =
    start <= end ? minutesNow >= start && minutesNow < end : minutesNow >= start || minutesNow < end;
  if (!inside) return now;
  const wait = (end - minutesNow + 24 * 60) % (24 * 60);
  const at = new Date(now.getTime() + wait * 60_000);
  at.setUTCSeconds(0, 0);
  // Across a daylight-saving change the wall clock moved an hour meanwhile: land on `until` itself.
  const drift = ((end - wallClockMinutes(at, person.timeZone) + 36 * 60) % (24 * 60)) - 12 * 60;
  return new Date(at.getTime() + drift * 60_000);
}

function toMinutes(time: string): number {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return hours * 60 + minutes;
}

function wallClockMinutes(at: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const value = (type: string) => Number(parts.find((part) => part.type === type)?.value ?? 0);
  return value('hour') * 60 + value('minute');
}
