import { afterEach, describe, expect, it } from 'vitest';
import {
  type AlertChannelSender,
  type DeliveryReport,
  PermanentDeliveryError,
} from '../../server/channels/alert-channel.js';
import { createSmsSender } from '../../server/channels/sms/create-sms-sender.js';
import { createSmppSender, type SmppSenderOptions } from '../../server/channels/sms/smpp-sender.js';
import { smsEncodingOf } from '../../server/channels/sms/sms-encoding.js';
import { renderAlertSms } from '../../server/channels/sms/sms-text.js';
import { loadConfig } from '../../server/config/config.js';
import { type SmppTestServer, startSmppTestServer } from '../support/smpp-test-server.js';
import { alertMessage, person, RESPONSE_URL } from './sms-fixtures.js';

// No database here: the SMS channel talks to an SMSC only, so these tests run once, not per backend.

/** Delivery reports in order of arrival; `next()` waits for one when none is left. */
function reportCollector() {
  const unclaimed: DeliveryReport[] = [];
  const waiting: ((report: DeliveryReport) => void)[] = [];
  return {
    onReport(report: DeliveryReport) {
      const waiter = waiting.shift();
      if (waiter) waiter(report);
      else unclaimed.push(report);
    },
    next(timeoutMs = 5_000): Promise<DeliveryReport> {
      const ready = unclaimed.shift();
      if (ready) return Promise.resolve(ready);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('No delivery report arrived')), timeoutMs);
        waiting.push((report) => {
          clearTimeout(timer);
          resolve(report);
        });
      });
    },
  };
}

const servers: SmppTestServer[] = [];
const senders: AlertChannelSender[] = [];

async function smsc(options: Parameters<typeof startSmppTestServer>[0] = {}): Promise<SmppTestServer> {
  const server = await startSmppTestServer(options);
  servers.push(server);
  return server;
}

function sender(options: Partial<SmppSenderOptions> & { url: string }): AlertChannelSender {
  const created = createSmppSender({ sender: 'Baken', onReport: () => undefined, ...options });
  senders.push(created);
  return created;
}

/** The error a promise rejects with, to look at its kind and message. */
async function failure(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('Expected the send to fail');
}

afterEach(async () => {
  await Promise.all(senders.splice(0).map((created) => created.close?.()));
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

describe('an alert SMS arrives at the SMSC', () => {
  it('carries the Dutch text with organisation, title, location and the whole response link', async () => {
    const server = await smsc();
    const sms = sender({ url: server.url });

    const handOver = await sms.send(alertMessage(), person('06 1234 5678'));

    expect(server.messages).toHaveLength(1);
    const [received] = server.messages;
    expect(handOver).toEqual({ status: 'sent', providerMessageId: received?.messageId });
    expect(received?.to).toBe('31612345678');
    expect(received?.from).toBe('Baken');
    expect(received?.dataCoding).toBe(0);
    expect(received?.text).toBe(
      [
        '[Gemeente Voorbeeld] Brand in het stadhuis',
        'Kom direct naar de crisiskamer.',
        'Locatie: Stadhuis, Markt 1',
        `Antwoord: ${RESPONSE_URL}`,
      ].join('\n'),
    );
  });

  it('marks an exercise first, and speaks English to an English reader', async () => {
    const server = await smsc();
    const sms = sender({ url: server.url });

    await sms.send(
      alertMessage({ language: 'en', isExercise: true, title: 'Fire drill' }),
      person('+31 6 1234 5678'),
    );

    const text = server.messages[0]?.text ?? '';
    expect(text.split('\n')[0]).toBe('EXERCISE');
    expect(text).toContain('[Gemeente Voorbeeld] Fire drill');
    expect(text).toContain('Location: Stadhuis, Markt 1');
    expect(text.endsWith(`Respond: ${RESPONSE_URL}`)).toBe(true);
    expect(server.messages[0]?.to).toBe('31612345678');
  });

  it('marks a Dutch exercise as OEFENING and leaves out an empty location', async () => {
    const server = await smsc();
    const sms = sender({ url: server.url });

    await sms.send(alertMessage({ isExercise: true, location: '' }), person());

    const text = server.messages[0]?.text ?? '';
    expect(text.startsWith('OEFENING\n[Gemeente Voorbeeld]')).toBe(true);
    expect(text).not.toContain('Locatie');
    expect(text.endsWith(`Antwoord: ${RESPONSE_URL}`)).toBe(true);
  });

  it('shows a numeric sender as an international number', async () => {
    const server = await smsc();
    const sms = sender({ url: server.url, sender: '+31 20 123 4567'.replace(/ /g, '') });

    await sms.send(alertMessage(), person('0031 6 1234 5678'));

    expect(server.messages[0]).toMatchObject({ from: '31201234567', to: '31612345678' });
  });
});

describe('the alphabet an SMS is sent in', () => {
  it('keeps a text with € in GSM-7 (its extension table), and it arrives intact', async () => {
    const server = await smsc();
    const sms = sender({ url: server.url });
    const message = alertMessage({ body: 'Schade geschat op € 2 miljoen; meld je [nu].' });

    await sms.send(message, person());

    expect(server.messages[0]?.dataCoding).toBe(0);
    expect(server.messages[0]?.text).toContain('Schade geschat op € 2 miljoen; meld je [nu].');
  });

  it('sends a text with ë or an emoji as UCS-2, and it arrives intact', async () => {
    const server = await smsc();
    const sms = sender({ url: server.url });

    await sms.send(alertMessage({ body: 'Bewoners worden geëvacueerd.' }), person());
    await sms.send(alertMessage({ body: 'Verzamelen bij de brandweerkazerne 🚒' }), person());

    expect(server.messages.map((received) => received.dataCoding)).toEqual([8, 8]);
    expect(server.messages[0]?.text).toContain('Bewoners worden geëvacueerd.');
    expect(server.messages[1]?.text).toContain('Verzamelen bij de brandweerkazerne 🚒');
  });

  it('tells GSM-7 from UCS-2 and counts the parts', () => {
    expect(smsEncodingOf('Kom naar de crisiskamer')).toMatchObject({ dataCoding: 0, segments: 1 });
    expect(smsEncodingOf('€'.repeat(80))).toMatchObject({ dataCoding: 0, units: 160, segments: 1 });
    expect(smsEncodingOf('€'.repeat(81))).toMatchObject({ dataCoding: 0, segments: 2 });
    expect(smsEncodingOf('geëvacueerd')).toMatchObject({ dataCoding: 8, segments: 1 });
    expect(smsEncodingOf('🚒'.repeat(36))).toMatchObject({ dataCoding: 8, units: 72, segments: 2 });
    // An escaped € is never split over two parts: 152 plain septets leave no room for it in part one.
    expect(smsEncodingOf(`${'a'.repeat(152)}€${'a'.repeat(152)}`)).toMatchObject({ units: 306, segments: 3 });
  });
});

describe('a long alert', () => {
  it('is cut in the body to three parts, with the link whole, and arrives as one message', async () => {
    const server = await smsc();
    const sms = sender({ url: server.url });
    const body = 'Er is een grote brand uitgebroken in het centrum van de stad. '.repeat(30);
    const message = alertMessage({ body });

    await sms.send(message, person());

    const text = server.messages[0]?.text ?? '';
    expect(text).toBe(renderAlertSms(message));
    expect(smsEncodingOf(text)).toMatchObject({ dataCoding: 0, segments: 3 });
    expect(text).toContain('...\nLocatie: Stadhuis, Markt 1');
    expect(text.endsWith(`Antwoord: ${RESPONSE_URL}`)).toBe(true);
  });

  it('is cut to three UCS-2 parts when it needs UCS-2, with the link whole', async () => {
    const server = await smsc();
    const sms = sender({ url: server.url });
    const message = alertMessage({ body: 'De inwoners worden geëvacueerd naar de sporthal. '.repeat(20) });

    await sms.send(message, person());

    const text = server.messages[0]?.text ?? '';
    expect(server.messages[0]?.dataCoding).toBe(8);
    expect(smsEncodingOf(text).segments).toBe(3);
    expect(text.endsWith(`Antwoord: ${RESPONSE_URL}`)).toBe(true);
  });

  it('keeps the link whole even when the title alone is too long', () => {
    const text = renderAlertSms(alertMessage({ title: 'Brand '.repeat(200), body: 'Kom.' }));
    expect(smsEncodingOf(text).segments).toBeLessThanOrEqual(3);
    expect(text).toContain('Locatie: Stadhuis, Markt 1');
    expect(text.endsWith(`Antwoord: ${RESPONSE_URL}`)).toBe(true);
  });
});

describe('refusals', () => {
  it('fails a person without a phone number permanently, without contacting the SMSC', async () => {
    const server = await smsc();
    const sms = sender({ url: server.url });

    const error = await failure(sms.send(alertMessage(), person(null)));

    expect(error).toBeInstanceOf(PermanentDeliveryError);
    expect((error as PermanentDeliveryError).reason).toBe('no_phone_number');
    expect(server.binds).toBe(0);
  });

  it('fails a number that cannot be a phone number permanently', async () => {
    const server = await smsc();
    const sms = sender({ url: server.url });

    const error = await failure(sms.send(alertMessage(), person('bel maar')));

    expect((error as PermanentDeliveryError).reason).toBe('invalid_phone_number');
  });

  it('fails permanently when the SMSC refuses the destination, naming the status', async () => {
    const server = await smsc();
    server.refuseNumber('31612345678');
    const sms = sender({ url: server.url });

    const error = await failure(sms.send(alertMessage(), person()));

    expect(error).toBeInstanceOf(PermanentDeliveryError);
    expect((error as PermanentDeliveryError).reason).toBe('ESME_RINVDSTADR');
  });

  it('leaves a throttled message to be retried', async () => {
    const server = await smsc();
    server.refuseNumber('31612345678', 'ESME_RTHROTTLED');
    const sms = sender({ url: server.url });

    const error = await failure(sms.send(alertMessage(), person()));

    expect(error).not.toBeInstanceOf(PermanentDeliveryError);
    expect(error.message).toContain('ESME_RTHROTTLED');
  });

  it('says clearly that the bind was refused for a wrong password, and leaves the SMS to be retried', async () => {
    const server = await smsc({ password: 'geheim' });
    const sms = sender({ url: server.url.replace(':geheim@', ':fout@') });

    const error = await failure(sms.send(alertMessage(), person()));

    expect(error).not.toBeInstanceOf(PermanentDeliveryError);
    expect(error.message).toMatch(/refused the bind as "baken" \(ESME_RINVPASWD\).*password/);
    expect(server.messages).toHaveLength(0);
  });
});

describe('delivery receipts', () => {
  it('reports a delivered SMS under the message id send() returned', async () => {
    const server = await smsc({ receipts: true });
    const reports = reportCollector();
    const sms = sender({ url: server.url, onReport: reports.onReport });

    const handOver = await sms.send(alertMessage(), person());

    expect(await reports.next()).toEqual({
      providerMessageId: handOver.providerMessageId,
      status: 'delivered',
    });
  });

  it('reports a failed SMS from the receipt text alone, with its state and error', async () => {
    const server = await smsc();
    const reports = reportCollector();
    const sms = sender({ url: server.url, onReport: reports.onReport });
    const handOver = await sms.send(alertMessage(), person());

    server.sendReceipt(handOver.providerMessageId ?? '', { stat: 'UNDELIV', textOnly: true });

    expect(await reports.next()).toEqual({
      providerMessageId: handOver.providerMessageId,
      status: 'failed',
      reason: 'UNDELIV err:001',
    });
  });
});

describe('a lost connection', () => {
  it('binds again after the SMSC restarts, and the next SMS goes out', async () => {
    const first = await startSmppTestServer();
    const sms = sender({ url: first.url });
    await sms.send(alertMessage(), person());
    await first.close();

    const second = await smsc({ port: first.port });
    // The sender binds again by itself, so receipts keep coming even before the next SMS.
    await second.waitForBinds(1, 10_000);
    await sms.send(alertMessage({ title: 'Na de herstart' }), person());

    expect(second.binds).toBe(1);
    expect(second.messages.map((received) => received.text.split('\n')[0])).toEqual([
      '[Gemeente Voorbeeld] Na de herstart',
    ]);
  });

  it('fails an SMS the SMSC never answered as retryable when the connection drops', async () => {
    const server = await startSmppTestServer();
    const sms = sender({ url: server.url });
    await sms.send(alertMessage(), person());
    server.hold();

    const pending = failure(sms.send(alertMessage({ title: 'Nooit beantwoord' }), person()));
    await server.waitForHeld(1, 5_000);
    await server.close();
    const error = await pending;

    expect(error).not.toBeInstanceOf(PermanentDeliveryError);
    expect(error.message).toMatch(/connection to the SMPP server ended/);
    expect(server.messages).toHaveLength(1);
  });

  it('answers held messages once released', async () => {
    const server = await smsc();
    const sms = sender({ url: server.url });
    server.hold();

    const sending = Promise.all([sms.send(alertMessage(), person()), sms.send(alertMessage(), person())]);
    await server.waitForHeld(2, 5_000);
    expect(server.messages).toHaveLength(0);
    server.release();
    const handOvers = await sending;

    expect(handOvers.map((handOver) => handOver.providerMessageId)).toEqual(
      server.messages.map((received) => received.messageId),
    );
  });
});

describe('choosing the SMS gateway from the configuration', () => {
  it('sends over SMPP when SMS_GATEWAY=smpp', async () => {
    const server = await smsc();
    const config = loadConfig({ SMS_GATEWAY: 'smpp', SMPP_URL: server.url, SMS_SENDER: 'Gemeente' });
    const sms = createSmsSender(config, () => undefined);
    senders.push(sms);

    await sms.send(alertMessage(), person());

    expect(server.messages[0]).toMatchObject({ from: 'Gemeente', to: '31612345678' });
  });

  it('fails every SMS with sms_not_configured when no gateway is set, instead of pretending to send', async () => {
    const sms = createSmsSender(loadConfig({}), () => undefined);

    const error = await failure(sms.send(alertMessage(), person()));

    expect(error).toBeInstanceOf(PermanentDeliveryError);
    expect((error as PermanentDeliveryError).reason).toBe('sms_not_configured');
  });
});
