import type { AlertChannelSender } from '../../server/channels/alert-channel.js';
import { createEmailAlertSender } from '../../server/channels/alert-delivery/email-alert-sender.js';
import {
  type AlertWorker,
  startAlertWorker,
} from '../../server/channels/alert-delivery/start-alert-worker.js';
import { createSmtpTransport } from '../../server/channels/email/mail-transport.js';
import { createPushSender } from '../../server/channels/push/push-sender.js';
import { loadVapidKeys } from '../../server/channels/push/vapid-keys.js';
import { createHttpGatewaySender } from '../../server/channels/sms/http-gateway-sender.js';
import { createSmppSender } from '../../server/channels/sms/smpp-sender.js';
import type { DatabaseKind } from '../../server/db/database.js';
import { type PushTestService, startPushTestService } from './push-test-service.js';
import { type SmppTestServer, startSmppTestServer } from './smpp-test-server.js';
import { type SmsHttpTestGateway, startSmsHttpTestGateway } from './sms-http-test-gateway.js';
import { type SmtpTestServer, startSmtpTestServer } from './smtp-test-server.js';
import { createTestApp, type TestApp } from './test-app.js';

/** A clock a test moves by hand: escalation and expiry without sleeping. */
export function manualClock(start = new Date('2026-12-02T03:00:00Z')) {
  let now = start.getTime();
  const clock = () => new Date(now);
  return Object.assign(clock, {
    advanceMinutes(minutes: number) {
      now += minutes * 60_000;
    },
  });
}

export interface AlertHarness {
  testApp: TestApp;
  smtp: SmtpTestServer;
  smpp: SmppTestServer;
  /** The CM-like HTTP gateway, when the harness was asked for `sms: 'http'`. */
  cm: SmsHttpTestGateway | null;
  push: PushTestService;
  worker: AlertWorker;
  clock: ReturnType<typeof manualClock>;
  close(): Promise<void>;
}

/**
 * The in-process app with a delivery worker whose three channels talk to real servers started
 * here: SMTP, SMPP (with delivery receipts) and a Web Push service. Time is a manual clock.
 */
export async function startAlertHarness(
  kind: DatabaseKind,
  env: Record<string, string> = {},
  options: { sms?: 'smpp' | 'http' } = {},
): Promise<AlertHarness> {
  const clock = manualClock();
  const testApp = await createTestApp(kind, { ALERT_SWEEP_MS: '3600000', ...env }, { clock });
  const [smtp, smpp, push, cm] = await Promise.all([
    startSmtpTestServer(),
    startSmppTestServer({ receipts: true }),
    startPushTestService(),
    options.sms === 'http' ? startSmsHttpTestGateway() : null,
  ]);
  let worker: AlertWorker | undefined;
  const senders: AlertChannelSender[] = [
    createPushSender({
      db: testApp.database.handle.db,
      vapid: await loadVapidKeys(testApp.database.handle.db, testApp.secretKey),
      contact: 'mailto:test@baken.local',
    }),
    createEmailAlertSender(createSmtpTransport(smtp.url, 'Baken <alarm@baken.local>')),
    cm
      ? createHttpGatewaySender({ url: cm.url, token: cm.token, sender: 'Baken' })
      : createSmppSender({
          url: smpp.url,
          sender: 'Baken',
          onReport: (report) => worker?.delivery.report(report),
        }),
  ];
  worker = await startAlertWorker({
    handle: testApp.database.handle,
    config: testApp.config,
    secretKey: testApp.secretKey,
    publicUrl: () => 'http://localhost',
    logger: testApp.logger,
    clock,
    senders,
  });
  const started = worker;
  return {
    testApp,
    smtp,
    smpp,
    cm,
    push,
    worker: started,
    clock,
    async close() {
      await started.stop();
      await Promise.all([smtp.close(), smpp.close(), push.close(), cm?.close()]);
      await testApp.close();
    },
  };
}

/** The response token in a message's text (`…/respond#<token>`). */
export function tokenIn(text: string): string {
  const match = /\/respond#([A-Za-z0-9_-]{44})/.exec(text);
  if (!match?.[1]) throw new Error(`no response link in: ${text.slice(0, 300)}`);
  return match[1];
}
