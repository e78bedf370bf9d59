import { and, eq } from 'drizzle-orm';
import type { Transaction } from '../../db/database.js';
import { incidentTemplates } from '../../db/schema/incident-templates.js';
import type { Actor } from '../../policies/actor.js';
import { canChangeIncidentStatus, canDeleteIncident } from '../../policies/incidents.js';
import type { IncidentRow } from './incident-access.js';
import { personRef, userNames } from './user-names.js';

/** The incident as everyone who may read it sees it (no per-viewer parts: it also goes out as an event). */
export async function describeIncident(tx: Transaction, incident: IncidentRow) {
  const names = await userNames(tx, incident.organisationId, [
    incident.startedBy,
    incident.closedBy,
    incident.archivedBy,
  ]);
  const [template] = incident.templateId
    ? await tx
        .select({ id: incidentTemplates.id, title: incidentTemplates.title })
        .from(incidentTemplates)
        .where(
          and(
            eq(incidentTemplates.id, incident.templateId),
            eq(incidentTemplates.organisationId, incident.organisationId),
          ),
        )
    : [];
  return {
    id: incident.id,
    number: incident.number,
    title: incident.title,
    description: incident.description,
    labels: incident.labels,
    isExercise: incident.isExercise,
    status: incident.status,
    alertText: incident.alertText,
    chatEnabled: incident.chatEnabled,
    template: template ?? null,
    situationSections: incident.situationSections,
    startedAt: incident.startedAt.toISOString(),
    startedBy: personRef(names, incident.startedBy),
    closedAt: incident.closedAt?.toISOString() ?? null,
    closedBy: personRef(names, incident.closedBy),
    archivedAt: incident.archivedAt?.toISOString() ?? null,
    archivedBy: personRef(names, incident.archivedBy),
    updatedAt: incident.updatedAt.toISOString(),
  };
}

/** What this viewer may do with it, so the screen shows only the buttons that work. */
export function incidentPermissions(actor: Actor, incident: IncidentRow, isParticipant: boolean) {
  return {
    canWrite: incident.status === 'active',
    canClose:
      canChangeIncidentStatus(actor, incident, 'closed', isParticipant) && incident.status === 'active',
    canReopen: canChangeIncidentStatus(actor, incident, 'active', isParticipant),
    canArchive: canChangeIncidentStatus(actor, incident, 'archived', isParticipant),
    canDelete: canDeleteIncident(actor),
  };
}
