import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadVapidKeys } from '../../server/channels/push/vapid-keys.js';
import { internationalNumber } from '../../server/channels/sms/phone-number.js';
import type { DatabaseKind } from '../../server/db/database.js';
import { uuidv7 } from '../../server/db/ids.js';
import { markDataDirInitialised, openDatabase } from '../../server/db/open-database.js';
import { organisations } from '../../server/db/schema/organisations.js';
import { pushSubscriptions } from '../../server/db/schema/push-subscriptions.js';
import { users } from '../../server/db/schema/users.js';
import { seedDemo } from '../../server/modules/demo/seed-demo.js';
import type { TestPushSubscription } from '../../test/support/push-test-service.js';
import { createPostgresDatabase } from '../../test/support/test-database.js';
import { DEMO_PASSWORD, TEST_SECRET_KEY } from '../../test/support/test-server.js';

/** One person to alert, with every address the receivers will see. */
export interface AlertPerson {
  id: string;
  name: string;
  email: string;
  phone: string;
  /** The phone number as an SMSC receives it (international, digits only). */
  smsNumber: string;
  subscription: TestPushSubscription;
}

export interface AlertPopulation {
  kind: DatabaseKind;
  dataDir: string;
  databaseUrl: string | undefined;
  people: AlertPerson[];
  /** Env for Baken's processes: the prepared database. */
  env: Record<string, string>;
  drop(): Promise<void>;
}

// Rows per INSERT: 10 columns a row stays far below PostgreSQL's 65,535 parameters.
const CHUNK = 1000;

/**
 * A database with the demo organisation plus `subscriptions.length` people who chose push,
 * e-mail and SMS, each with a phone number and one subscribed device at the test push service:
 * prepared with bulk inserts in this process, then handed to the server processes.
 */
export async function preparePopulation(
  kind: DatabaseKind,
  subscriptions: readonly TestPushSubscription[],
): Promise<AlertPopulation> {
  const dataDir = mkdtempSync(join(tmpdir(), 'baken-bench-alert-'));
  const database = kind === 'postgres' ? await createPostgresDatabase() : undefined;
  const { handle, firstStart } = await openDatabase({ DATA_DIR: dataDir, DATABASE_URL: database?.url });
  const people: AlertPerson[] = [];
  try {
    await seedDemo(handle.db, DEMO_PASSWORD);
    await loadVapidKeys(handle.db, Buffer.from(TEST_SECRET_KEY, 'base64'));
    const [organisation] = await handle.db.select().from(organisations);
    if (!organisation) throw new Error('no demo organisation');
    subscriptions.forEach((subscription, index) => {
      const phone = `+31 6 ${String(20_000_000 + index)}`;
      people.push({
        id: uuidv7(),
        name: `Hulpverlener ${String(index).padStart(5, '0')}`,
        email: `piket-${index}@voorbeeld.nl`,
        phone,
        smsNumber: internationalNumber(phone),
        subscription,
      });
    });
    for (let start = 0; start < people.length; start += CHUNK) {
      const chunk = people.slice(start, start + CHUNK);
      await handle.db.insert(users).values(
        chunk.map((person) => ({
          id: person.id,
          organisationId: organisation.id,
          name: person.name,
          email: person.email,
          phone: person.phone,
          notificationChannels: ['push', 'email', 'sms'] as ('push' | 'email' | 'sms')[],
        })),
      );
      await handle.db.insert(pushSubscriptions).values(
        chunk.map((person) => ({
          id: uuidv7(),
          organisationId: organisation.id,
          userId: person.id,
          endpoint: person.subscription.endpoint,
          p256dh: person.subscription.keys.p256dh,
          auth: person.subscription.keys.auth,
          deviceLabel: 'Chrome op Android',
        })),
      );
    }
    // Fresh statistics, as autovacuum would have them on a database that grew over time.
    await handle.executeSql('analyze');
  } finally {
    await handle.close();
  }
  if (firstStart && !database) markDataDirInitialised(dataDir);
  return {
    kind,
    dataDir,
    databaseUrl: database?.url,
    people,
    env: { DATA_DIR: dataDir, ...(database ? { DATABASE_URL: database.url } : {}) },
    async drop() {
      await database?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
