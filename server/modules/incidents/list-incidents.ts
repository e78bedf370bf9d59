import { and, desc, eq, exists, inArray, type SQL, sql } from 'drizzle-orm';
import type { Database } from '../../db/database.js';
import { incidentTemplates } from '../../db/schema/incident-templates.js';
import {
  type IncidentStatus,
  incidentParticipants,
  incidents,
  incidentTasks,
} from '../../db/schema/incidents.js';
import { inTenant } from '../../db/tenant-transaction.js';
import type { Actor } from '../../policies/actor.js';

export type IncidentListFilter = IncidentStatus | 'all';

const OPEN_TASK = sql`${incidentTasks.status} in ('open', 'in_progress')`;

/**
 * The incidents the actor may see (admins: all of the organisation; others: those they work on),
 * newest activity first, with how many tasks are open and overdue so the list shows where help is needed.
 */
export function listIncidents(db: Database, actor: Actor, status: IncidentListFilter) {
  return inTenant(db, actor.organisationId, async (tx) => {
    const conditions: SQL[] = [eq(incidents.organisationId, actor.organisationId)];
    if (status !== 'all') conditions.push(inArray(incidents.status, [status]));
    if (actor.role !== 'admin')
      conditions.push(
        exists(
          tx
            .select({ one: sql`1` })
            .from(incidentParticipants)
            .where(
              and(
                eq(incidentParticipants.incidentId, incidents.id),
                eq(incidentParticipants.userId, actor.userId),
              ),
            ),
        ),
      );
    const rows = await tx
      .select({
        id: incidents.id,
        number: incidents.number,
        title: incidents.title,
        status: incidents.status,
        isExercise: incidents.isExercise,
        labels: incidents.labels,
        startedAt: incidents.startedAt,
        updatedAt: incidents.updatedAt,
        templateId: incidentTemplates.id,
        templateTitle: incidentTemplates.title,
        openTaskCount: sql<number>`(select count(*)::int from ${incidentTasks} where ${incidentTasks.incidentId} = ${incidents.id} and ${OPEN_TASK})`,
        overdueTaskCount: sql<number>`(select count(*)::int from ${incidentTasks} where ${incidentTasks.incidentId} = ${incidents.id} and ${OPEN_TASK} and ${incidentTasks.deadline} < now())`,
      })
      .from(incidents)
      .leftJoin(incidentTemplates, eq(incidentTemplates.id, incidents.templateId))
      .where(and(...conditions))
      .orderBy(desc(incidents.updatedAt), desc(incidents.number))
      .limit(500);
    return rows.map(({ templateId, templateTitle, startedAt, updatedAt, ...row }) => ({
      ...row,
      startedAt: startedAt.toISOString(),
      updatedAt: updatedAt.toISOString(),
      template: templateId && templateTitle ? { id: templateId, title: templateTitle } : null,
    }));
  });
}
