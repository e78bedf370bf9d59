import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Transaction } from '../../db/database.js';
import { incidentTemplates } from '../../db/schema/incident-templates.js';
import {
  chatMessages,
  incidentLocations,
  incidentParticipants,
  incidentTasks,
  situationVersions,
} from '../../db/schema/incidents.js';
import { organisations } from '../../db/schema/organisations.js';
import { roles } from '../../db/schema/teams.js';
import { users } from '../../db/schema/users.js';
import type { Actor } from '../../policies/actor.js';
import { readableIncident } from '../incidents/incident-access.js';
import { personRef, userNames } from '../incidents/user-names.js';
import { collectLogbook, logbookRows } from './collect-logbook.js';
import type { IncidentRecord } from './incident-record.js';

/**
 * Reads everything of one incident the actor may read (need-to-know: 404 otherwise) into one
 * record. Closed and archived incidents are included: the record is mostly wanted afterwards.
 */
export async function collectIncidentRecord(
  tx: Transaction,
  actor: Actor,
  incidentId: string,
  generatedAt: Date,
): Promise<IncidentRecord> {
  const { incident } = await readableIncident(tx, actor, incidentId);
  const organisationId = actor.organisationId;

  const [organisation] = await tx
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(eq(organisations.id, organisationId));
  const [template] = incident.templateId
    ? await tx
        .select({ id: incidentTemplates.id, title: incidentTemplates.title })
        .from(incidentTemplates)
        .where(
          and(
            eq(incidentTemplates.id, incident.templateId),
            eq(incidentTemplates.organisationId, organisationId),
          ),
        )
    : [];
  const participants = await tx
    .select({ participant: incidentParticipants, jobTitle: users.jobTitle })
    .from(incidentParticipants)
    .leftJoin(users, and(eq(users.id, incidentParticipants.userId), eq(users.organisationId, organisationId)))
    .where(
      and(
        eq(incidentParticipants.incidentId, incident.id),
        eq(incidentParticipants.organisationId, organisationId),
      ),
    )
    .orderBy(asc(incidentParticipants.teamName), asc(incidentParticipants.addedAt));
  const entries = await logbookRows(tx, organisationId, incident.id);
  const tasks = await tx
    .select()
    .from(incidentTasks)
    .where(and(eq(incidentTasks.incidentId, incident.id), eq(incidentTasks.organisationId, organisationId)))
    .orderBy(asc(incidentTasks.createdAt), asc(incidentTasks.id));
  const versions = await tx
    .select()
    .from(situationVersions)
    .where(
      and(
        eq(situationVersions.incidentId, incident.id),
        eq(situationVersions.organisationId, organisationId),
      ),
    )
    .orderBy(asc(situationVersions.version));
  const places = await tx
    .select()
    .from(incidentLocations)
    .where(
      and(
        eq(incidentLocations.incidentId, incident.id),
        eq(incidentLocations.organisationId, organisationId),
      ),
    )
    .orderBy(asc(incidentLocations.createdAt), asc(incidentLocations.id));
  const messages = await tx
    .select()
    .from(chatMessages)
    .where(and(eq(chatMessages.incidentId, incident.id), eq(chatMessages.organisationId, organisationId)))
    .orderBy(asc(chatMessages.createdAt), asc(chatMessages.id));

  const roleIds = [...new Set(tasks.flatMap((task) => task.ownerRoleId ?? []))];
  const roleRows = roleIds.length
    ? await tx
        .select({ id: roles.id, name: roles.name })
        .from(roles)
        .where(and(eq(roles.organisationId, organisationId), inArray(roles.id, roleIds)))
    : [];
  const roleNames = new Map(roleRows.map((role) => [role.id, role]));
  const names = await userNames(tx, organisationId, [
    incident.startedBy,
    incident.closedBy,
    incident.archivedBy,
    ...participants.map((row) => row.participant.userId),
    ...entries.map((entry) => entry.authorId),
    ...tasks.flatMap((task) => [task.ownerUserId, task.createdBy, task.completedBy]),
    ...versions.map((version) => version.authorId),
    ...places.map((place) => place.addedBy),
    ...messages.map((message) => message.authorId),
  ]);
  const person = (id: string | null) => personRef(names, id);
  const iso = (date: Date | null) => date?.toISOString() ?? null;

  return {
    generatedAt: generatedAt.toISOString(),
    organisation: organisation ?? { id: organisationId, name: '' },
    incident: {
      id: incident.id,
      number: incident.number,
      title: incident.title,
      description: incident.description,
      labels: incident.labels,
      isExercise: incident.isExercise,
      status: incident.status,
      alertText: incident.alertText,
      template: template ?? null,
      startedAt: incident.startedAt.toISOString(),
      startedBy: person(incident.startedBy),
      startedByIntegration: incident.startedBy === null && incident.startedByApiKeyId !== null,
      closedAt: iso(incident.closedAt),
      closedBy: person(incident.closedBy),
      archivedAt: iso(incident.archivedAt),
      archivedBy: person(incident.archivedBy),
      updatedAt: incident.updatedAt.toISOString(),
    },
    participants: participants.map(({ participant, jobTitle }) => ({
      id: participant.id,
      user: person(participant.userId),
      jobTitle: jobTitle ?? null,
      teamId: participant.teamId,
      teamName: participant.teamName,
      roleId: participant.roleId,
      roleName: participant.roleName,
      presence: participant.presence,
      presenceChangedAt: iso(participant.presenceChangedAt),
      addedAt: participant.addedAt.toISOString(),
    })),
    logbook: await collectLogbook(tx, organisationId, entries, names),
    tasks: tasks.map((task) => ({
      id: task.id,
      title: task.title,
      description: task.description,
      owner: {
        user: person(task.ownerUserId),
        role: (task.ownerRoleId && roleNames.get(task.ownerRoleId)) || null,
      },
      deadline: iso(task.deadline),
      status: task.status,
      checklist: task.checklist.map(({ id, text, done }) => ({ id, text, done })),
      createdBy: person(task.createdBy),
      createdAt: task.createdAt.toISOString(),
      updatedAt: task.updatedAt.toISOString(),
      completedAt: iso(task.completedAt),
      completedBy: person(task.completedBy),
    })),
    situationVersions: versions.map((version) => ({
      version: version.version,
      author: person(version.authorId),
      createdAt: version.createdAt.toISOString(),
      sections: version.sections.map(({ key, title, content }) => ({ key, title, content })),
    })),
    locations: places.map((place) => ({
      id: place.id,
      name: place.name,
      address: place.address,
      latitude: place.latitude,
      longitude: place.longitude,
      description: place.description,
      addedBy: person(place.addedBy),
      createdAt: place.createdAt.toISOString(),
    })),
    chatMessages: messages.map((message) => ({
      id: message.id,
      author: person(message.authorId),
      body: message.body,
      createdAt: message.createdAt.toISOString(),
    })),
  };
}
