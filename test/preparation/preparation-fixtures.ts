import { requestAs, signInToApp } from '../support/app-requests.js';
import type { TestApp } from '../support/test-app.js';

export interface Role {
  id: string;
  name: string;
  description: string;
  isDefault: boolean;
  memberCount: number;
}

export interface Team {
  id: string;
  name: string;
  description: string;
  members: { userId: string; name: string; email: string; roleId: string; roleName: string }[];
}

export interface NamedRef {
  id: string;
  name: string;
}

export interface IncidentTemplate {
  id: string;
  title: string;
  description: string;
  alertText: string;
  teams: NamedRef[];
  initialTasks: { title: string; checklist: string[] }[];
  location: NamedRef | null;
  labels: string[];
  situationTemplate: NamedRef | null;
  opensChat: boolean;
}

/** The demo organisation's admin (Anna) and a member (Bram), signed in, with the organisation's user ids. */
export async function demoPeople(testApp: TestApp) {
  const rows = await testApp.database.handle.executeSql(
    `select u.id, u.email, u.organisation_id from users u join organisations o on o.id = u.organisation_id
     where o.slug = 'gemeente-voorbeeld'`,
  );
  const idOf = (email: string) => String(rows.rows.find((row) => row.email === email)?.id);
  const admin = await signInToApp(testApp, 'beheerder@voorbeeld.nl');
  const member = await signInToApp(testApp, 'burgemeester@voorbeeld.nl');
  return {
    organisationId: String(rows.rows[0]?.organisation_id),
    userIds: {
      anna: idOf('beheerder@voorbeeld.nl'),
      bram: idOf('burgemeester@voorbeeld.nl'),
      carla: idOf('communicatie@voorbeeld.nl'),
      daan: idOf('notulist@voorbeeld.nl'),
      eva: idOf('facilitair@voorbeeld.nl'),
    },
    adminCookie: admin,
    asAdmin: (method: string, path: string, body?: unknown) => requestAs(testApp, admin, method, path, body),
    asMember: (method: string, path: string, body?: unknown) =>
      requestAs(testApp, member, method, path, body),
  };
}

/** A write as a signed-in person who reads English (Accept-Language: en). */
export function requestInEnglish(
  testApp: TestApp,
  cookie: string,
  method: string,
  path: string,
  body: unknown,
) {
  return testApp.app.request(path, {
    method,
    headers: {
      Cookie: cookie,
      'Sec-Fetch-Site': 'same-origin',
      'Content-Type': 'application/json',
      'Accept-Language': 'en',
    },
    body: JSON.stringify(body),
  });
}
