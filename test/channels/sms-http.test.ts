import { afterEach, describe, expect, it } from 'vitest';
import { PermanentDeliveryError } from '../../server/channels/alert-channel.js';
import { createSmsSender } from '../../server/channels/sms/create-sms-sender.js';
import { createHttpGatewaySender } from '../../server/channels/sms/http-gateway-sender.js';
import { renderAlertSms } from '../../server/channels/sms/sms-text.js';
import { loadConfig } from '../../server/config/config.js';
import { type SmsHttpTestGateway, startSmsHttpTestGateway } from '../support/sms-http-test-gateway.js';
import { alertMessage, DELIVERY_ID, person, RESPONSE_URL } from './sms-fixtures.js';

// No database here: the SMS channel talks to a gateway only, so these tests run once, not per backend.

async function failure(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('Expected the send to fail');
}

const gateways: SmsHttpTestGateway[] = [];

async function gateway(): Promise<SmsHttpTestGateway> {
  const started = await startSmsHttpTestGateway();
  gateways.push(started);
  return started;
}

afterEach(async () => {
  await Promise.all(gateways.splice(0).map((started) => started.close()));
});

describe('SMS through the HTTP gateway: accepted', () => {
  it('hands over the rendered text to the number in 00 form, with the delivery as reference', async () => {
    const cm = await gateway();
    const sms = createHttpGatewaySender({ url: cm.url, token: cm.token, sender: 'Baken' });
    const message = alertMessage({ isExercise: true });

    const handOver = await sms.send(message, person('+31 6 1234 5678'));

    const reference = DELIVERY_ID.replace(/-/g, '');
    expect(handOver).toEqual({ status: 'sent', providerMessageId: reference });
    expect(cm.messages).toEqual([
      { to: '0031612345678', from: 'Baken', text: renderAlertSms(message), reference, maximumParts: 3 },
    ]);
    expect(cm.messages[0]?.text.startsWith('OEFENING\n')).toBe(true);
    expect(cm.messages[0]?.text.endsWith(`Antwoord: ${RESPONSE_URL}`)).toBe(true);
  });

  it('is chosen by SMS_GATEWAY=http', async () => {
    const cm = await gateway();
    const config = loadConfig({ SMS_GATEWAY: 'http', SMS_HTTP_URL: cm.url, SMS_HTTP_TOKEN: cm.token });
    const sms = createSmsSender(config, () => undefined);

    await sms.send(alertMessage({ language: 'en' }), person());

    expect(cm.messages[0]?.text.endsWith(`Respond: ${RESPONSE_URL}`)).toBe(true);
  });
});

describe('SMS through the HTTP gateway: refused', () => {
  it('says the token is refused and leaves the SMS to be retried', async () => {
    const cm = await gateway();
    const sms = createHttpGatewaySender({ url: cm.url, token: 'not-the-token', sender: 'Baken' });

    const error = await failure(sms.send(alertMessage(), person()));

    expect(error).not.toBeInstanceOf(PermanentDeliveryError);
    expect(error.message).toMatch(/refused the product token/);
    expect(cm.messages).toHaveLength(0);
  });

  it('fails a number the gateway rejects permanently', async () => {
    const cm = await gateway();
    cm.rejectNumber('0031612345678');
    const sms = createHttpGatewaySender({ url: cm.url, token: cm.token, sender: 'Baken' });

    const error = await failure(sms.send(alertMessage(), person()));

    expect(error).toBeInstanceOf(PermanentDeliveryError);
    expect((error as PermanentDeliveryError).reason).toBe('MSG_INVALID_MSISDN');
  });

  it('fails a person without a phone number permanently, without calling the gateway', async () => {
    const cm = await gateway();
    const sms = createHttpGatewaySender({ url: cm.url, token: cm.token, sender: 'Baken' });

    const error = await failure(sms.send(alertMessage(), person('  ')));

    expect((error as PermanentDeliveryError).reason).toBe('no_phone_number');
  });
});

describe('SMS through the HTTP gateway: unavailable', () => {
  it('leaves the SMS to be retried on a 503, and the retry goes out', async () => {
    const cm = await gateway();
    cm.failNextWith(503);
    const sms = createHttpGatewaySender({ url: cm.url, token: cm.token, sender: 'Baken' });

    const error = await failure(sms.send(alertMessage(), person()));
    expect(error).not.toBeInstanceOf(PermanentDeliveryError);
    expect(error.message).toMatch(/HTTP 503/);

    await sms.send(alertMessage(), person());
    expect(cm.messages).toHaveLength(1);
  });

  it('leaves the SMS to be retried when the gateway cannot be reached', async () => {
    const cm = await startSmsHttpTestGateway();
    await cm.close();
    const sms = createHttpGatewaySender({ url: cm.url, token: cm.token, sender: 'Baken' });

    const error = await failure(sms.send(alertMessage(), person()));

    expect(error).not.toBeInstanceOf(PermanentDeliveryError);
    expect(error.message).toMatch(/could not be reached/);
  });
});
