import { z } from 'zod';
import type { DeliveryReport } from '../alert-channel.js';

/**
 * A status report as CM.com posts it to a webhook in its JSON format ("Incoming Status Reports"):
 * `messages.msg` holds one report (or, to be safe, a list), `status.code` is CM's STATUS as text
 * or number: 0 accepted by the operator, 1 rejected, 2 delivered, 3 failed. Keys are matched as
 * CM writes them; unknown fields are ignored.
 */
const ZCmStatus = z.object({
  code: z.union([z.string(), z.number()]).transform(String),
  errorCode: z.union([z.string(), z.number()]).nullish(),
  errorDescription: z.string().nullish(),
});

const ZCmReportMessage = z.object({
  received: z.string().nullish(),
  to: z.string().nullish(),
  reference: z.string().max(64),
  status: ZCmStatus,
  operator: z.string().nullish(),
});

export const ZCmStatusReport = z.object({
  messages: z.object({
    msg: z.union([ZCmReportMessage, z.array(ZCmReportMessage).min(1).max(1000)]),
  }),
});
export type CmStatusReport = z.infer<typeof ZCmStatusReport>;

/** The final outcomes among the reports; "accepted by the operator" (0) says nothing yet. */
export function deliveryReportsOf(report: CmStatusReport): DeliveryReport[] {
  const messages = Array.isArray(report.messages.msg) ? report.messages.msg : [report.messages.msg];
  const reports: DeliveryReport[] = [];
  for (const message of messages) {
    const { code, errorCode, errorDescription } = message.status;
    if (code === '2') reports.push({ providerMessageId: message.reference, status: 'delivered' });
    else if (code === '1' || code === '3') {
      const detail = [errorCode, errorDescription].filter(
        (part) => part !== null && part !== undefined && part !== '',
      );
      reports.push({
        providerMessageId: message.reference,
        status: 'failed',
        reason:
          `${code === '1' ? 'REJECTED' : 'NOT_DELIVERED'}${detail.length > 0 ? `: ${detail.join(' ')}` : ''}`.slice(
            0,
            200,
          ),
      });
    }
  }
  return reports;
}

/** The delivery id a reference names: the sender wrote the delivery's UUID without hyphens. */
export function deliveryIdOfReference(reference: string): string | null {
  if (!/^[0-9a-f]{32}$/i.test(reference)) return null;
  const hex = reference.toLowerCase();
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
