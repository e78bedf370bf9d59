import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../server/db/ids.js';
import { usageFacts } from '../../server/db/schema/usage-statistics.js';
import { inTenant } from '../../server/db/tenant-transaction.js';
import { organisationStatistics } from '../../server/modules/statistics/organisation-statistics.js';
import { periodBounds } from '../../server/modules/statistics/usage-period.js';
import { buildOrganisation, buildUser } from '../factories/organisation.js';
import { createTestDatabase, type TestDatabase, testBackends } from '../support/test-database.js';

const backends = await testBackends();

// @promise P10 statistics never point to a person: a median answer time of fewer than 5 people is withheld
describe.each(backends)('the median time to answer needs five answers [%s]', (kind) => {
  let database: TestDatabase;
  let sourceEvent = 1;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
  });
  afterAll(() => database?.drop());

  /** An alert to `people` people of a new organisation, answered by the first `answering` after 60, 120… s. */
  async function organisationWithAnswers(people: number, answering: number) {
    const db = database.handle.db;
    const { organisation } = await buildOrganisation(db);
    const alertId = uuidv7();
    const occurredAt = new Date(Date.now() - 60 * 60 * 1000);
    for (let index = 0; index < people; index++) {
      const person = await buildUser(db, organisation.id);
      const fact = { organisationId: organisation.id, userId: person.id, recordId: alertId, occurredAt };
      await db.insert(usageFacts).values({ ...fact, kind: 'alert_received', sourceEventId: sourceEvent++ });
      if (index < answering)
        await db.insert(usageFacts).values({
          ...fact,
          kind: 'alert_answered',
          responseSeconds: 60 * (index + 1),
          sourceEventId: sourceEvent++,
        });
    }
    return inTenant(db, organisation.id, (tx) =>
      organisationStatistics(tx, organisation.id, periodBounds(30, new Date())),
    );
  }

  it('withholds the median of four answers, and says why', async () => {
    const figures = await organisationWithAnswers(6, 4);
    expect(figures).toMatchObject({
      alertsReceived: 6,
      alertsAnswered: 4,
      medianAnswerSeconds: null,
      answerTimesHidden: true,
    });
  });

  it('shows the median of five answers', async () => {
    const figures = await organisationWithAnswers(6, 5);
    expect(figures).toMatchObject({
      alertsAnswered: 5,
      medianAnswerSeconds: 180,
      answerTimesHidden: false,
    });
  });

  it('withholds the median of one person answering five alerts', async () => {
    const db = database.handle.db;
    const { organisation } = await buildOrganisation(db);
    const person = await buildUser(db, organisation.id);
    const occurredAt = new Date(Date.now() - 60 * 60 * 1000);
    for (let alert = 0; alert < 5; alert++) {
      const fact = { organisationId: organisation.id, userId: person.id, recordId: uuidv7(), occurredAt };
      await db.insert(usageFacts).values({ ...fact, kind: 'alert_received', sourceEventId: sourceEvent++ });
      await db
        .insert(usageFacts)
        .values({ ...fact, kind: 'alert_answered', responseSeconds: 90, sourceEventId: sourceEvent++ });
    }
    const figures = await inTenant(db, organisation.id, (tx) =>
      organisationStatistics(tx, organisation.id, periodBounds(30, new Date())),
    );
    expect(figures).toMatchObject({ alertsAnswered: 5, medianAnswerSeconds: null, answerTimesHidden: true });
  });

  it('has nothing to withhold without answers', async () => {
    const figures = await organisationWithAnswers(2, 0);
    expect(figures).toMatchObject({ medianAnswerSeconds: null, answerTimesHidden: false });
  });
});
