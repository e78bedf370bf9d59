import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Database, Transaction } from '../../db/database.js';
import { uuidv7 } from '../../db/ids.js';
import type { AlertUrgency } from '../../db/schema/alerts.js';
import { incidentTemplates } from '../../db/schema/incident-templates.js';
import {
  incidentLocations,
  incidentParticipants,
  incidents,
  incidentTasks,
  situationVersions,
} from '../../db/schema/incidents.js';
import { organisations } from '../../db/schema/organisations.js';
import { locations, situationTemplates } from '../../db/schema/preparation.js';
import { inTenant } from '../../db/tenant-transaction.js';
import { recordEvent } from '../../events/record-event.js';
import { systemClock } from '../alerts/alert-clock.js';
import { reachablePeople } from '../alerts/resolve-recipients.js';
import { type AlertSettings, publishNewAlert } from '../alerts/send-alert.js';
import { recordAudit } from '../audit/record-audit.js';
import { DomainError } from '../domain-error.js';
import {
  type ChosenParticipant,
  distinctParticipants,
  resolveParticipants,
  teamParticipants,
} from './choose-participants.js';
import { DEFAULT_SITUATION_SECTIONS } from './default-situation-sections.js';
import { announceToIncidentLists, incidentTopic } from './incident-access.js';

export interface StartIncidentInput {
  templateId?: string;
  title?: string;
  description?: string;
  labels?: string[];
  isExercise?: boolean;
  alertText?: string;
  chatEnabled?: boolean;
  situationTemplateId?: string;
  locationIds?: string[];
  participants?: ChosenParticipant[];
  teamIds?: string[];
  /** Alert the participants (default: yes; crisis for a real incident, normal for an exercise). */
  alert?: { send: boolean; urgency?: AlertUrgency };
}

/** Who starts it: a person (who then works on it), or an integration with an API key. */
export interface IncidentStarter {
  organisationId: string;
  userId: string | null;
  apiKeyId: string | null;
  ipAddress: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Starts an incident in one transaction: from a scenario its fields, teams, location, tasks and
 * situation-picture sections; the start screen may override each. Everything or nothing is
 * written, so a failed start leaves no half incident behind.
 */
export async function startIncident(
  db: Database,
  starter: IncidentStarter,
  input: StartIncidentInput,
  alerting: AlertSettings = { clock: systemClock, linkHours: 24 },
) {
  return inTenant(db, starter.organisationId, async (tx) => {
    const organisationId = starter.organisationId;
    const template = input.templateId ? await loadTemplate(tx, organisationId, input.templateId) : null;
    const title = input.title?.trim() || template?.title;
    if (!title) throw new DomainError('validation_failed', 400);

    const sections = await chooseSections(
      tx,
      organisationId,
      input.situationTemplateId ?? template?.situationTemplateId ?? null,
      input.situationTemplateId !== undefined,
    );
    const chosen = input.participants
      ? await resolveParticipants(tx, organisationId, input.participants)
      : await teamParticipants(
          tx,
          organisationId,
          (input.teamIds ?? template?.teamIds ?? []).filter((id) => UUID.test(id)),
        );
    const participants = distinctParticipants(chosen);
    const starterId = starter.userId;
    if (starterId && !participants.some((p) => p.userId === starterId))
      participants.push({ userId: starterId, teamId: null, teamName: null, roleId: null, roleName: null });
    if (participants.length === 0) throw new DomainError('incident_no_participants', 400);

    // The organisation's row lock hands out numbers one at a time; a deleted incident's number stays used.
    const [counter] = await tx
      .update(organisations)
      .set({ lastIncidentNumber: sql`${organisations.lastIncidentNumber} + 1` })
      .where(eq(organisations.id, organisationId))
      .returning({ number: organisations.lastIncidentNumber });
    if (!counter) throw new DomainError('not_found', 404);
    const id = uuidv7();
    const number = counter.number;
    await tx.insert(incidents).values({
      id,
      organisationId,
      number,
      templateId: template?.id ?? null,
      title,
      description: input.description ?? template?.description ?? '',
      labels: input.labels ?? template?.labels ?? [],
      isExercise: input.isExercise ?? false,
      alertText: input.alertText ?? template?.alertText ?? '',
      situationSections: sections,
      chatEnabled: input.chatEnabled ?? template?.opensChat ?? true,
      startedBy: starterId,
      startedByApiKeyId: starter.apiKeyId,
    });
    await tx
      .insert(incidentParticipants)
      .values(participants.map((p) => ({ ...p, id: uuidv7(), organisationId, incidentId: id })));

    const locationIds = [
      ...new Set([...(template?.locationId ? [template.locationId] : []), ...(input.locationIds ?? [])]),
    ];
    const placed = await copyLocations(tx, organisationId, id, locationIds, starterId);
    const tasks = template?.initialTasks ?? [];
    if (tasks.length > 0)
      await tx.insert(incidentTasks).values(
        tasks.map((task) => ({
          id: uuidv7(),
          organisationId,
          incidentId: id,
          title: task.title,
          // A task stored before checklists existed has none.
          checklist: (task.checklist ?? []).map((text) => ({ id: uuidv7(), text, done: false })),
          createdBy: starterId,
        })),
      );
    await tx.insert(situationVersions).values({
      id: uuidv7(),
      organisationId,
      incidentId: id,
      version: 1,
      sections: sections.map(({ key, title: sectionTitle }) => ({ key, title: sectionTitle, content: '' })),
      authorId: starterId,
    });

    await announceToIncidentLists(tx, starter, id, 'incident.started');
    await recordEvent(tx, {
      organisationId,
      topic: incidentTopic(id),
      type: 'incident.started',
      payload: { incidentId: id },
      actorId: starterId,
    });
    await recordAudit(tx, {
      organisationId,
      actorUserId: starterId,
      action: 'incident.started',
      targetType: 'incident',
      targetId: id,
      ipAddress: starter.ipAddress,
      details: {
        number,
        templateId: template?.id ?? null,
        ...(starter.apiKeyId ? { apiKeyId: starter.apiKeyId } : {}),
      },
    });
    const alertId = await alertParticipants(tx, starter, input, alerting, {
      id,
      title,
      alertText: input.alertText ?? template?.alertText ?? '',
      isExercise: input.isExercise ?? false,
      location: placed[0] ? [placed[0].name, placed[0].address].filter(Boolean).join(', ') : '',
      participants,
    });
    return { id, number, alertId };
  });
}

/**
 * The start's alert: everyone on the incident but the person starting it, with the role they
 * were chosen for, so a role without anyone coming can call its deputies. Part of the start's
 * transaction: an incident never starts without the alert it promised, nor the other way round.
 */
async function alertParticipants(
  tx: Transaction,
  starter: IncidentStarter,
  input: StartIncidentInput,
  alerting: AlertSettings,
  incident: {
    id: string;
    title: string;
    alertText: string;
    isExercise: boolean;
    location: string;
    participants: readonly { userId: string; roleId: string | null; roleName: string | null }[];
  },
): Promise<string | null> {
  if (input.alert?.send === false) return null;
  const others = incident.participants.filter((p) => p.userId !== starter.userId);
  const people = await reachablePeople(
    tx,
    starter.organisationId,
    others.map((p) => ({
      userId: p.userId,
      reason: 'incident' as const,
      roleId: p.roleId,
      roleName: p.roleName,
    })),
  );
  if (people.length === 0) return null;
  return publishNewAlert(tx, {
    organisationId: starter.organisationId,
    incidentId: incident.id,
    title: incident.title,
    body: incident.alertText,
    location: incident.location,
    urgency: input.alert?.urgency ?? (incident.isExercise ? 'normal' : 'crisis'),
    isExercise: incident.isExercise,
    escalationMinutes: 5,
    targets: {
      teamIds: input.teamIds ?? [],
      roleIds: [],
      userIds: people.map((p) => p.userId),
      onCallRoleIds: [],
    },
    createdBy: starter.userId,
    now: alerting.clock(),
    linkHours: alerting.linkHours,
    people,
    ipAddress: starter.ipAddress,
  });
}

async function loadTemplate(tx: Transaction, organisationId: string, templateId: string) {
  const [template] = await tx
    .select()
    .from(incidentTemplates)
    .where(and(eq(incidentTemplates.id, templateId), eq(incidentTemplates.organisationId, organisationId)));
  if (!template) throw new DomainError('incident_template_unknown', 400);
  return template;
}

/** The template's sections; a chosen template that does not exist is refused, a missing one falls back to BOB. */
async function chooseSections(
  tx: Transaction,
  organisationId: string,
  situationTemplateId: string | null,
  explicitlyChosen: boolean,
) {
  if (!situationTemplateId) return DEFAULT_SITUATION_SECTIONS;
  const [template] = await tx
    .select({ sections: situationTemplates.sections })
    .from(situationTemplates)
    .where(
      and(
        eq(situationTemplates.id, situationTemplateId),
        eq(situationTemplates.organisationId, organisationId),
      ),
    );
  if (!template && explicitlyChosen) throw new DomainError('incident_unknown_reference', 400);
  return template && template.sections.length > 0 ? template.sections : DEFAULT_SITUATION_SECTIONS;
}

async function copyLocations(
  tx: Transaction,
  organisationId: string,
  incidentId: string,
  locationIds: string[],
  addedBy: string | null,
) {
  if (locationIds.length === 0) return [];
  const found = await tx
    .select()
    .from(locations)
    .where(and(eq(locations.organisationId, organisationId), inArray(locations.id, locationIds)));
  if (found.length !== locationIds.length) throw new DomainError('incident_unknown_reference', 400);
  await tx.insert(incidentLocations).values(
    found.map((location) => ({
      id: uuidv7(),
      organisationId,
      incidentId,
      locationId: location.id,
      name: location.name,
      address: location.address,
      latitude: location.latitude,
      longitude: location.longitude,
      description: location.description,
      addedBy,
    })),
  );
  return found;
}
