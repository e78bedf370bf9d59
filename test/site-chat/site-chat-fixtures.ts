import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { uuidv7 } from '../../server/db/ids.js';
import { operatorStaff } from '../../server/db/schema/operators.js';
import { organisations } from '../../server/db/schema/organisations.js';
import { users } from '../../server/db/schema/users.js';
import { hashPassword } from '../../server/modules/accounts/passwords.js';
import type { OperatorRole } from '../../server/policies/operator.js';
import { buildUser } from '../factories/organisation.js';
import { readJson } from '../support/json.js';
import type { TestApp } from '../support/test-app.js';
import { DEMO_PASSWORD } from '../support/test-server.js';

export interface VisitorConversation {
  status: 'open' | 'answered' | 'resolved';
  version: number;
  messages: { id: string; author: 'visitor' | 'staff'; body: string }[];
  contactRequest: { fields: string[]; reason: string } | null;
  contactDetails: { name: string | null; email: string | null; company: string | null };
  satisfactionAsked: boolean;
  deletedAfter: string;
}

export interface StaffConversation extends Omit<VisitorConversation, 'messages' | 'satisfactionAsked'> {
  id: string;
  waitingSince: string | null;
  satisfied: boolean | null;
  messages: { author: 'visitor' | 'staff'; staffName: string | null; body: string }[];
}

export interface InboxItem {
  id: string;
  status: string;
  waitingSince: string | null;
  waitingSeconds: number | null;
  lastMessage: { author: string; preview: string } | null;
}

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** A member of the operator's staff with this role, with the demo password. */
export async function buildStaff(testApp: TestApp, role: OperatorRole, email: string) {
  const db = testApp.database.handle.db;
  const [operator] = await db.select().from(organisations).where(eq(organisations.isOperator, true));
  if (!operator) throw new Error('no operator organisation');
  const user = await buildUser(db, operator.id, {
    email,
    name: `Medewerker ${role}`,
    passwordHash: await hashPassword(DEMO_PASSWORD),
    emailVerifiedAt: new Date(),
  });
  await db.insert(operatorStaff).values({ id: uuidv7(), userId: user.id, role });
  return user;
}

export const userByEmail = async (testApp: TestApp, email: string) => {
  const [user] = await testApp.database.handle.db
    .select()
    .from(users)
    .where(and(eq(users.email, email)));
  if (!user) throw new Error(`no user ${email}`);
  return user;
};

/** Calls the visitor's side of the chat as a browser on Baken's own pages would, from `ip`. */
export function visitorCall(
  testApp: TestApp,
  method: string,
  path: string,
  options: { token?: string; body?: unknown; ip?: string; language?: string; signal?: AbortSignal } = {},
) {
  return testApp.app.request(path, {
    method,
    ...(options.signal ? { signal: options.signal } : {}),
    headers: {
      'Sec-Fetch-Site': 'same-origin',
      'X-Forwarded-For': options.ip ?? '198.51.100.7',
      'Accept-Language': options.language ?? 'nl',
      ...(options.token ? { 'X-Site-Chat-Token': options.token } : {}),
      ...(options.body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
  });
}

/** Starts a conversation and returns its token and first view. */
export async function startChat(testApp: TestApp, message: string, ip?: string) {
  const response = await visitorCall(testApp, 'POST', '/api/site-chat/conversations', {
    body: { message },
    ...(ip ? { ip } : {}),
  });
  if (response.status !== 201) throw new Error(`start failed: ${response.status} ${await response.text()}`);
  return readJson<{ token: string; conversation: VisitorConversation }>(response);
}
