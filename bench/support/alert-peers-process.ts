import { startPushTestService } from '../../test/support/push-test-service.js';
import { startSmppTestServer } from '../../test/support/smpp-test-server.js';
import { startSmtpTestServer } from '../../test/support/smtp-test-server.js';
import type { ChannelFinish, PeerReply, PeerRequest, ReceivedSummary } from './alert-peers.js';

/**
 * The alert benchmark's receivers in a process of their own: the test suite's real SMTP server,
 * SMPP server and push service. Run apart from the benchmark's clients, so Baken's run and the
 * baseline's run both compete with exactly the same receiving work for the machine's two cores.
 * Spoken to over the IPC channel (alert-peers.ts); every request is answered with its `id`.
 */
const [smtp, smpp, push] = await Promise.all([
  startSmtpTestServer(),
  startSmppTestServer(),
  startPushTestService(),
]);

const now = () => performance.timeOrigin + performance.now();
const TOKEN = /\/respond#([A-Za-z0-9_-]{44})/;

const counts = () => ({ email: smtp.received.length, sms: smpp.messages.length, push: push.received.length });

/** Resolves when every channel has `count` messages, with when each got its first and its last. */
function waitForAll(count: number, timeoutMs: number): Promise<ChannelFinish> {
  const finish: ChannelFinish = {
    email: { first: null, last: null },
    sms: { first: null, last: null },
    push: { first: null, last: null },
  };
  const channels = ['email', 'sms', 'push'] as const;
  return new Promise((resolve) => {
    const deadline = now() + timeoutMs;
    // A 1 ms poll of three array lengths costs nothing measurable and times the last message to
    // about a millisecond (the SMTP server offers no per-message hook).
    const timer = setInterval(() => {
      const at = now();
      const current = counts();
      for (const channel of channels) {
        if (current[channel] > 0) finish[channel].first ??= at;
        if (current[channel] >= count) finish[channel].last ??= at;
      }
      if (channels.every((channel) => finish[channel].last !== null) || at > deadline) {
        clearInterval(timer);
        resolve(finish);
      }
    }, 1);
  });
}

const tally = (keys: string[]) => {
  const byKey: Record<string, number> = {};
  for (const key of keys) byKey[key] = (byKey[key] ?? 0) + 1;
  return byKey;
};

/** What arrived, per channel and address, with the response token each message carries. */
function summary(): ReceivedSummary {
  const pushTokens: Record<string, string> = {};
  let undecryptable = 0;
  for (const message of push.received) {
    try {
      pushTokens[message.endpoint] = message.payload.responseToken;
    } catch {
      undecryptable++;
    }
  }
  const tokensOf = (items: { key: string; text: string }[]) =>
    Object.fromEntries(items.map((item) => [item.key, TOKEN.exec(item.text)?.[1] ?? '']));
  return {
    email: tally(smtp.received.flatMap((mail) => mail.to)),
    sms: tally(smpp.messages.map((sms) => sms.to)),
    push: tally(push.received.map((message) => message.endpoint)),
    emailTokens: tokensOf(smtp.received.map((mail) => ({ key: mail.to[0] ?? '', text: mail.text }))),
    smsTokens: tokensOf(smpp.messages.map((sms) => ({ key: sms.to, text: sms.text }))),
    pushTokens,
    pushTitles: [...new Set(push.received.slice(0, 50).map((message) => message.payload.title))],
    undecryptable,
    refusedPush: push.refused.length,
  };
}

async function answer(request: PeerRequest): Promise<PeerReply> {
  switch (request.kind) {
    case 'subscribe':
      return {
        kind: 'subscribed',
        subscriptions: await Promise.all(Array.from({ length: request.count }, () => push.subscribe())),
      };
    case 'reset':
      smtp.received.length = 0;
      smpp.messages.length = 0;
      push.received.length = 0;
      push.refused.length = 0;
      return { kind: 'done' };
    case 'wait':
      return {
        kind: 'finished',
        finish: await waitForAll(request.count, request.timeoutMs),
        counts: counts(),
      };
    case 'counts':
      return { kind: 'counts', counts: counts() };
    case 'summary':
      return { kind: 'summary', summary: summary() };
  }
}

process.on('message', (message: { id: number; request: PeerRequest }) => {
  answer(message.request).then(
    (reply) => process.send?.({ id: message.id, reply }),
    (error: unknown) => process.send?.({ id: message.id, error: String(error) }),
  );
});
process.on('disconnect', () => {
  // Open SMTP connections would hold close() up; what is left to receive no longer matters.
  setTimeout(() => process.exit(0), 2_000).unref();
  void Promise.all([smtp.close(), smpp.close(), push.close()]).finally(() => process.exit(0));
});
process.send?.({ ready: { smtpUrl: smtp.url, smppUrl: smpp.url } });
