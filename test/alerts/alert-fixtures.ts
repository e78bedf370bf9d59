import { and, eq } from 'drizzle-orm';
import { roles } from '../../server/db/schema/teams.js';
import { users } from '../../server/db/schema/users.js';
import type { AlertHarness } from '../support/alert-harness.js';
import { requestAs, signInToApp } from '../support/app-requests.js';
import { readJson as json } from '../support/json.js';

export const ANNA = 'beheerder@voorbeeld.nl';
export const BRAM = 'burgemeester@voorbeeld.nl';
export const CARLA = 'communicatie@voorbeeld.nl';
export const DAAN = 'notulist@voorbeeld.nl';
export const EVA = 'facilitair@voorbeeld.nl';

/** The demo person's row (id, phone, organisation). */
export async function demoUser(harness: AlertHarness, email: string) {
  const [user] = await harness.testApp.database.handle.db.select().from(users).where(eq(users.email, email));
  if (!user) throw new Error(`no demo user ${email}`);
  return user;
}

export async function demoRoleId(harness: AlertHarness, organisationId: string, name: string) {
  const [role] = await harness.testApp.database.handle.db
    .select({ id: roles.id })
    .from(roles)
    .where(and(eq(roles.organisationId, organisationId), eq(roles.name, name)));
  if (!role) throw new Error(`no demo role ${name}`);
  return role.id;
}

/** Sets how a person wants to be alerted, as their profile page would. */
export async function setChannels(
  harness: AlertHarness,
  email: string,
  channels: ('push' | 'email' | 'sms')[],
) {
  await harness.testApp.database.handle.db
    .update(users)
    .set({ notificationChannels: channels })
    .where(eq(users.email, email));
}

/** Signs the person in and subscribes one device of theirs at the test push service; returns the cookie. */
export async function withPushDevice(harness: AlertHarness, email: string) {
  const cookie = await signInToApp(harness.testApp, email);
  const subscription = await harness.push.subscribe();
  const response = await requestAs(
    harness.testApp,
    cookie,
    'POST',
    '/api/me/push-subscriptions',
    subscription,
  );
  if (response.status !== 201)
    throw new Error(`subscribing failed: ${response.status} ${await response.text()}`);
  return { cookie, subscription };
}

/** Lets the worker take up what was just committed and waits until every outcome is written. */
export async function settle(harness: AlertHarness) {
  harness.worker.delivery.kick();
  await harness.worker.delivery.idle();
}

export async function sendAlert(harness: AlertHarness, cookie: string, body: Record<string, unknown>) {
  const response = await requestAs(harness.testApp, cookie, 'POST', '/api/alerts', body);
  const answer = await json<{ id: string; counts: { recipients: number } }>(response);
  if (response.status !== 201) throw new Error(`alert failed: ${response.status} ${JSON.stringify(answer)}`);
  return answer;
}

export async function board(harness: AlertHarness, cookie: string, alertId: string) {
  const response = await requestAs(harness.testApp, cookie, 'GET', `/api/alerts/${alertId}`);
  return json<{
    status: string;
    counts: Record<string, number>;
    recipients: {
      userId: string;
      name: string;
      response: string | null;
      etaMinutes: number | null;
      respondedVia: string | null;
      reason: string;
      channels: { channel: string; status: string; failureReason: string | null }[];
    }[];
  }>(response);
}

export async function respondByLink(harness: AlertHarness, token: string, body: Record<string, unknown>) {
  return harness.testApp.app.request('/api/alert-responses', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ token, ...body }),
  });
}

/** Waits until `check` passes (a delivery receipt arrives on its own time), failing after `timeoutMs`. */
export async function eventually<T>(check: () => Promise<T>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
}
