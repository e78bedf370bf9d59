import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase, testBackends } from '../../test/support/test-database.js';
import { executorFor } from './sql-executor.js';

const backends = await testBackends();

describe.each(backends)('sql executor [%s]', (kind) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
  });
  afterAll(() => database.drop());

  it('keeps a placeholder used twice as one parameter with one type', async () => {
    // Split into two parameters, the CAST branch would type its copy as a timestamp and reject '30'.
    const rows = await database.handle.db.transaction((tx) =>
      executorFor(tx).executeSql(
        `select case when right($1, 1) = 'Z' then cast($1 as timestamptz) else now() + cast($1 || ' seconds' as interval) end > now() as later, $2::jsonb as data`,
        ['30', { mailId: 'abc' }],
      ),
    );
    expect(rows.rows).toEqual([{ later: true, data: { mailId: 'abc' } }]);
  });

  it('leaves dollar signs in strings, quoted names and comments alone', async () => {
    const rows = await database.handle.db.transaction((tx) =>
      executorFor(tx).executeSql(
        `select '$1 stays' as "$2 name", $$ $1 $$ as body, $1::int as value -- $2 in a comment\n`,
        [7],
      ),
    );
    expect(rows.rows).toEqual([{ '$2 name': '$1 stays', body: ' $1 ', value: 7 }]);
  });

  it('runs inside the transaction: a rollback undoes what it wrote', async () => {
    await database.handle.executeSql('create table executor_probe (value int)');
    await database.handle.db
      .transaction(async (tx) => {
        await executorFor(tx).executeSql('insert into executor_probe values ($1)', [1]);
        tx.rollback();
      })
      .catch(() => {});
    const { rows } = await database.handle.executeSql('select count(*)::int as count from executor_probe');
    expect(rows[0]?.count).toBe(0);
  });
});
