import { and, asc, eq, gt, gte, lte, notExists, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Transaction } from '../../db/database.js';
import { logbookEntries } from '../../db/schema/incidents.js';
import type { Actor } from '../../policies/actor.js';
import { readableIncident } from '../incidents/incident-access.js';
import { type LogbookEntry, presentLogbookEntries } from './logbook-entry-view.js';

export interface LogbookFilter {
  classificationId?: string;
  labelId?: string;
  authorId?: string;
  /** Only entries that happened at or after this moment. */
  from?: Date;
  /** Only entries that happened at or before this moment. */
  until?: Date;
  decisionsOnly?: boolean;
}

const newer = alias(logbookEntries, 'newer');

/**
 * The incident's logbook: the current revision of every entry, in sequence order (the same for
 * every reader). Filters apply to what the entry says now, after any correction.
 */
export async function listLogbook(
  tx: Transaction,
  actor: Actor,
  incidentId: string,
  filter: LogbookFilter = {},
): Promise<LogbookEntry[]> {
  const { incident } = await readableIncident(tx, actor, incidentId);
  const rows = await tx
    .select()
    .from(logbookEntries)
    .where(
      and(
        eq(logbookEntries.incidentId, incident.id),
        eq(logbookEntries.organisationId, actor.organisationId),
        notExists(
          tx
            .select({ id: newer.id })
            .from(newer)
            .where(
              and(
                eq(newer.incidentId, logbookEntries.incidentId),
                eq(newer.sequence, logbookEntries.sequence),
                gt(newer.revision, logbookEntries.revision),
              ),
            ),
        ),
        filter.classificationId ? eq(logbookEntries.classificationId, filter.classificationId) : undefined,
        filter.labelId
          ? sql`${logbookEntries.labelIds} @> ${JSON.stringify([filter.labelId])}::jsonb`
          : undefined,
        filter.authorId ? eq(logbookEntries.authorId, filter.authorId) : undefined,
        filter.from ? gte(logbookEntries.occurredAt, filter.from) : undefined,
        filter.until ? lte(logbookEntries.occurredAt, filter.until) : undefined,
        filter.decisionsOnly ? eq(logbookEntries.isDecision, true) : undefined,
      ),
    )
    .orderBy(asc(logbookEntries.sequence));
  return presentLogbookEntries(tx, actor.organisationId, rows);
}
