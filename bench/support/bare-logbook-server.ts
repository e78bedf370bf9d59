import { serve } from '@hono/node-server';
import { and, eq, sql } from 'drizzle-orm';
import { Hono } from 'hono';
import { uuidv7 } from '../../server/db/ids.js';
import { openDatabase } from '../../server/db/open-database.js';
import { incidents, logbookEntries } from '../../server/db/schema/incidents.js';
import { buildIncidentRoom } from '../../test/factories/incident-room.js';
import { buildOrganisation } from '../../test/factories/organisation.js';

/**
 * The baseline of the write benchmark: a bare Hono route doing the same insert as Baken's logbook
 * POST (lock the incident row, next sequence number, insert the entry, answer it as JSON) on the
 * same kind of database, without sign-in, validation, row-level security, event or fan-out.
 * DATABASE_URL selects PostgreSQL; otherwise PGlite in DATA_DIR.
 */
const { handle } = await openDatabase({
  DATABASE_URL: process.env.DATABASE_URL,
  DATA_DIR: process.env.DATA_DIR ?? '',
});
const db = handle.db;
const { organisation, admin } = await buildOrganisation(db, `Bench ${uuidv7().slice(-6)}`);
const room = await buildIncidentRoom(db, organisation.id, admin.id);

const app = new Hono();
app.post('/incidents/:id/logbook', async (c) => {
  const body = (await c.req.json()) as { text: string };
  const entry = await db.transaction(async (tx) => {
    const [incident] = await tx
      .select({ id: incidents.id })
      .from(incidents)
      .where(and(eq(incidents.id, c.req.param('id')), eq(incidents.organisationId, organisation.id)))
      .for('update');
    if (!incident) return undefined;
    const [last] = await tx
      .select({ sequence: sql<number>`coalesce(max(${logbookEntries.sequence}), 0)::int` })
      .from(logbookEntries)
      .where(eq(logbookEntries.incidentId, incident.id));
    const [row] = await tx
      .insert(logbookEntries)
      .values({
        id: uuidv7(),
        organisationId: organisation.id,
        incidentId: incident.id,
        sequence: (last?.sequence ?? 0) + 1,
        authorId: admin.id,
        text: body.text,
      })
      .returning();
    return row;
  });
  return entry ? c.json(entry, 201) : c.json({ error: 'not found' }, 404);
});

const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
  console.log(JSON.stringify({ message: 'listening', port: info.port, incidentId: room.incidentId }));
});
process.on('SIGTERM', () => {
  server.close(() => {
    handle.close().then(() => process.exit(0));
  });
});
