import { readFileSync } from 'node:fs';
import http from 'node:http';
import nodemailer from 'nodemailer';
import { parseConnectionUrl } from 'nodemailer/lib/shared/index.js';
import smpp from 'smpp';
import webPush from 'web-push';
import type { AlertMessage } from '../../server/channels/alert-channel.js';
import { renderMail } from '../../server/channels/email/mail-templates.js';
import { buildPushPayload } from '../../server/channels/push/push-payload.js';
import { topicForDelivery } from '../../server/channels/push/push-topic.js';
import { encodeSmsText, smsEncodingOf } from '../../server/channels/sms/sms-encoding.js';
import { renderAlertSms } from '../../server/channels/sms/sms-text.js';
import { uuidv7 } from '../../server/db/ids.js';
import { responseToken, responseUrl } from '../../server/modules/alerts/response-link.js';
import type { AlertPerson } from './alert-population.js';

/**
 * The baseline of the alert benchmark: a bare loop that hands the same messages to the same
 * receivers, `concurrency` in flight per channel as Baken's worker has, with no database. Per
 * message it does the work any sender must: render the text in the same templates, for push
 * encrypt per RFC 8291 (web-push's `encrypt`) and POST with a VAPID header over kept-alive
 * connections; for e-mail one nodemailer sendMail; for SMS one submit_sm on one SMPP bind.
 * The VAPID token is signed once per push service, as Baken does. Reads its job from the file
 * in BENCH_ALERT_JOB, starts on the parent's "go" and answers with what it handed over.
 */
interface BaselineJob {
  people: AlertPerson[];
  alert: { title: string; body: string; location: string; organisationName: string };
  smtpUrl: string;
  smppUrl: string;
  concurrency: number;
  /** Reuse SMTP connections (nodemailer `pool: true`) instead of one connection per message. */
  smtpPool: boolean;
}

const job = JSON.parse(readFileSync(process.env.BENCH_ALERT_JOB ?? '', 'utf8')) as BaselineJob;
const secretKey = Buffer.alloc(32, 9);
const alertId = uuidv7();
const vapid = webPush.generateVAPIDKeys();

function messageFor(_person: AlertPerson): AlertMessage {
  // A recipient id of the same shape as Baken's, so links and payloads have the same length.
  const token = responseToken(secretKey, uuidv7(), alertId);
  return {
    deliveryId: uuidv7(),
    alertId,
    language: 'nl',
    organisationName: job.alert.organisationName,
    title: job.alert.title,
    body: job.alert.body,
    location: job.alert.location,
    urgency: 'crisis',
    isExercise: false,
    responseUrl: responseUrl('http://baken.test', token),
    responseToken: token,
  };
}

/** Runs `send` for every person with `concurrency` in flight; counts failures instead of stopping. */
async function inParallel(send: (person: AlertPerson) => Promise<void>) {
  let next = 0;
  let failed = 0;
  await Promise.all(
    Array.from({ length: job.concurrency }, async () => {
      for (let index = next++; index < job.people.length; index = next++) {
        const person = job.people[index] as AlertPerson;
        await send(person).catch(() => {
          failed++;
        });
      }
    }),
  );
  return failed;
}

async function sendMails() {
  // Options beside `url` would be dropped by nodemailer (it then reads the URL alone), so the URL
  // is parsed into options first.
  const transporter = nodemailer.createTransport({
    ...parseConnectionUrl(job.smtpUrl),
    ...(job.smtpPool
      ? { pool: true, maxConnections: job.concurrency, maxMessages: Number.POSITIVE_INFINITY }
      : {}),
  });
  const failed = await inParallel(async (person) => {
    const message = messageFor(person);
    const mail = renderMail('alert', 'nl', {
      organisationName: message.organisationName,
      recipientName: person.name,
      title: message.title,
      body: message.body,
      location: message.location,
      isExercise: false,
      urgency: 'crisis',
      responseUrl: message.responseUrl,
    });
    await transporter.sendMail({
      from: 'Baken <noreply@baken.local>',
      to: person.email,
      ...mail,
      messageId: `<${message.deliveryId}@baken>`,
    });
  });
  transporter.close();
  return failed;
}

function bind(): Promise<smpp.Session> {
  const url = new URL(job.smppUrl);
  return new Promise((resolve, reject) => {
    const session = smpp.connect({ host: url.hostname, port: Number(url.port) });
    session.on('error', reject);
    session.once('connect', () => {
      session.socket.setNoDelay(true);
      session.bind_transceiver(
        { system_id: decodeURIComponent(url.username), password: decodeURIComponent(url.password) },
        (answer) => (answer.command_status === 0 ? resolve(session) : reject(new Error('bind refused'))),
      );
    });
  });
}

async function sendTexts() {
  const session = await bind();
  const failed = await inParallel(
    (person) =>
      new Promise<void>((resolve, reject) => {
        const text = renderAlertSms(messageFor(person));
        const { dataCoding, segments } = smsEncodingOf(text);
        const encoded = encodeSmsText(text, dataCoding);
        session.submit_sm(
          {
            source_addr_ton: 5,
            source_addr_npi: 0,
            source_addr: 'Baken',
            dest_addr_ton: 1,
            dest_addr_npi: 1,
            destination_addr: person.smsNumber,
            registered_delivery: 1,
            data_coding: dataCoding,
            ...(segments === 1 ? { short_message: encoded } : { message_payload: encoded }),
          },
          (answer) => (answer.command_status === 0 ? resolve() : reject(new Error('refused'))),
        );
      }),
  );
  await new Promise<void>((resolve) => session.unbind({}, () => session.close(() => resolve())));
  return failed;
}

async function sendPushes() {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  const authorizations = new Map<string, string>();
  const authorization = (endpoint: string) => {
    const audience = new URL(endpoint).origin;
    let header = authorizations.get(audience);
    if (!header) {
      header = webPush.getVapidHeaders(
        audience,
        'mailto:noreply@baken.local',
        vapid.publicKey,
        vapid.privateKey,
        'aes128gcm',
      ).Authorization;
      authorizations.set(audience, header);
    }
    return header;
  };
  const failed = await inParallel(async (person) => {
    const message = messageFor(person);
    const { endpoint, keys } = person.subscription;
    const body = webPush.encrypt(
      keys.p256dh,
      keys.auth,
      JSON.stringify(buildPushPayload(message)),
      'aes128gcm',
    ).cipherText;
    const status = await new Promise<number>((resolve, reject) => {
      const request = http.request(
        endpoint,
        {
          method: 'POST',
          agent,
          headers: {
            TTL: 86_400,
            Urgency: 'high',
            Topic: topicForDelivery(message.deliveryId),
            'Content-Type': 'application/octet-stream',
            'Content-Encoding': 'aes128gcm',
            'Content-Length': body.length,
            Authorization: authorization(endpoint),
          },
        },
        (response) => {
          response.resume();
          response.on('end', () => resolve(response.statusCode ?? 0));
        },
      );
      request.on('error', reject);
      request.end(body);
    });
    if (status !== 201) throw new Error(`push service answered ${status}`);
  });
  agent.destroy();
  return failed;
}

process.once('message', () => {
  const started = performance.now();
  const cpu = process.cpuUsage();
  Promise.all([sendPushes(), sendMails(), sendTexts()]).then(
    ([push, email, sms]) => {
      const used = process.cpuUsage(cpu);
      process.send?.({
        failed: { push, email, sms },
        seconds: (performance.now() - started) / 1000,
        cpuSeconds: (used.user + used.system) / 1e6,
      });
    },
    (error: unknown) => process.send?.({ error: String(error) }),
  );
});
process.on('disconnect', () => process.exit(0));
process.send?.({ ready: true });
