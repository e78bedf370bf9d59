import { writeFileSync } from 'node:fs';
import http from 'node:http';
import { uuidv7 } from '../../server/db/ids.js';
import { openDatabase } from '../../server/db/open-database.js';
import { alertRecipients, alerts } from '../../server/db/schema/alerts.js';
import { users } from '../../server/db/schema/users.js';
import { claimedRecipientId, responseToken } from '../../server/modules/alerts/response-link.js';
import { buildOrganisation } from '../../test/factories/organisation.js';

/**
 * The baseline of the responses benchmark: a bare node:http server on the same kind of database
 * that records an answer with one UPDATE per request (the link used once, the answer stored),
 * without validation, signature check, row-level security, board view or event. It prepares an
 * alert to BENCH_RECIPIENTS people, writes their tokens to BENCH_TOKENS_FILE and prints its port.
 * DATABASE_URL selects PostgreSQL; otherwise PGlite in DATA_DIR.
 */
const recipients = Number(process.env.BENCH_RECIPIENTS ?? 10_000);
const { handle } = await openDatabase({
  DATABASE_URL: process.env.DATABASE_URL,
  DATA_DIR: process.env.DATA_DIR ?? '',
});
const db = handle.db;
const { organisation, admin } = await buildOrganisation(db, `Bench ${uuidv7().slice(-6)}`);
const alertId = uuidv7();
await db.insert(alerts).values({
  id: alertId,
  organisationId: organisation.id,
  title: 'Grote brand Haven Zuid',
  targets: { teamIds: [], roleIds: [], userIds: [], onCallRoleIds: [] },
  linksExpireAt: new Date(Date.now() + 24 * 3_600_000),
  createdBy: admin.id,
});
const secretKey = Buffer.alloc(32, 3);
const tokens: string[] = [];
for (let start = 0; start < recipients; start += 1000) {
  const people = Array.from({ length: Math.min(1000, recipients - start) }, (_, offset) => ({
    id: uuidv7(),
    organisationId: organisation.id,
    name: `Hulpverlener ${start + offset}`,
    email: `bare-${start + offset}-${uuidv7()}@voorbeeld.nl`,
  }));
  await db.insert(users).values(people);
  const rows = people.map((person) => ({
    id: uuidv7(),
    organisationId: organisation.id,
    alertId,
    userId: person.id,
    reason: 'person' as const,
    channelPlan: ['push', 'sms', 'email'] as ('push' | 'sms' | 'email')[],
    channelsUsed: 3,
  }));
  await db.insert(alertRecipients).values(rows);
  for (const row of rows) tokens.push(responseToken(secretKey, row.id, alertId));
}
await handle.executeSql('analyze');
writeFileSync(process.env.BENCH_TOKENS_FILE ?? '', JSON.stringify(tokens));

const UPDATE = `update alert_recipients
  set response = $2, eta_minutes = $3, responded_at = now(), responded_via = 'link', link_used_at = now()
  where id = $1 and link_used_at is null
  returning response, eta_minutes`;

const server = http.createServer((request, response) => {
  let body = '';
  request.setEncoding('utf8');
  request.on('data', (chunk) => {
    body += chunk;
  });
  request.on('end', () => {
    const answer = JSON.parse(body) as { token: string; response: string; etaMinutes?: number };
    handle
      .executeSql(UPDATE, [claimedRecipientId(answer.token), answer.response, answer.etaMinutes ?? null])
      .then(({ rows }) => {
        const [row] = rows;
        response.writeHead(row ? 200 : 410, { 'Content-Type': 'application/json' });
        response.end(JSON.stringify(row ? { response: row.response, etaMinutes: row.eta_minutes } : {}));
      })
      .catch((error: unknown) => {
        response.writeHead(500).end(String(error));
      });
  });
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  console.log(
    JSON.stringify({ message: 'listening', port: typeof address === 'object' ? address?.port : 0 }),
  );
});
process.on('SIGTERM', () => {
  server.close(() => {
    handle.close().then(() => process.exit(0));
  });
});
