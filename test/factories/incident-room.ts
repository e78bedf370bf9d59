import type { Database } from '../../server/db/database.js';
import { uuidv7 } from '../../server/db/ids.js';
import { incidentTemplates } from '../../server/db/schema/incident-templates.js';
import {
  chatMessages,
  incidentAttachments,
  incidentLocations,
  incidentParticipants,
  incidents,
  incidentTasks,
  logbookEntries,
  situationVersions,
} from '../../server/db/schema/incidents.js';
import {
  locations,
  logbookClassifications,
  logbookLabels,
  situationTemplates,
} from '../../server/db/schema/preparation.js';
import { roles, teamMembers, teams, teamTemplates } from '../../server/db/schema/teams.js';

let counter = 0;

/**
 * One of everything the incident room holds, for one organisation, written straight to the
 * database: preparation (role, team with the user in it, team template, location, classification,
 * label, situation template, scenario) and an active incident with the user as participant, one
 * logbook entry (with attachment), task, situation version, incident location and chat message.
 * Returns every id, e.g. for tests that try them from another organisation.
 */
export async function buildIncidentRoom(db: Database, organisationId: string, userId: string) {
  const n = ++counter;
  const ids = {
    roleId: uuidv7(),
    teamId: uuidv7(),
    teamTemplateId: uuidv7(),
    locationId: uuidv7(),
    classificationId: uuidv7(),
    labelId: uuidv7(),
    situationTemplateId: uuidv7(),
    incidentTemplateId: uuidv7(),
    incidentId: uuidv7(),
    participantId: uuidv7(),
    attachmentId: uuidv7(),
    logbookEntryId: uuidv7(),
    taskId: uuidv7(),
    situationVersionId: uuidv7(),
    incidentLocationId: uuidv7(),
    chatMessageId: uuidv7(),
  };
  const org = { organisationId };
  await db.transaction(async (tx) => {
    await tx.insert(roles).values({ ...org, id: ids.roleId, name: `Voorzitter ${n}` });
    await tx.insert(teams).values({ ...org, id: ids.teamId, name: `Beleidsteam ${n}` });
    await tx.insert(teamMembers).values({ ...org, teamId: ids.teamId, userId, roleId: ids.roleId });
    await tx
      .insert(teamTemplates)
      .values({ ...org, id: ids.teamTemplateId, name: `Beleidsteam-sjabloon ${n}`, roleIds: [ids.roleId] });
    await tx.insert(locations).values({
      ...org,
      id: ids.locationId,
      name: `Gemeentehuis ${n}`,
      address: 'Markt 1, Voorbeeld',
      latitude: 52.09,
      longitude: 5.12,
    });
    await tx.insert(logbookClassifications).values({ ...org, id: ids.classificationId, name: 'Melding' });
    await tx.insert(logbookLabels).values({ ...org, id: ids.labelId, name: 'Pers' });
    const sections = [
      { key: 'beeldvorming', title: 'Beeldvorming', hint: 'Wat is er aan de hand?' },
      { key: 'oordeelsvorming', title: 'Oordeelsvorming', hint: 'Wat betekent het?' },
      { key: 'besluitvorming', title: 'Besluitvorming', hint: 'Wat doen we?' },
    ];
    await tx
      .insert(situationTemplates)
      .values({ ...org, id: ids.situationTemplateId, name: 'BOB', sections });
    await tx.insert(incidentTemplates).values({
      ...org,
      id: ids.incidentTemplateId,
      title: `Brand in gebouw ${n}`,
      teamIds: [ids.teamId],
      initialTasks: [{ title: 'Ontruiming bevestigen', checklist: ['BHV gebeld'] }],
      locationId: ids.locationId,
      situationTemplateId: ids.situationTemplateId,
    });
    await tx.insert(incidents).values({
      ...org,
      id: ids.incidentId,
      number: 1000 + n,
      templateId: ids.incidentTemplateId,
      title: `Brand in gebouw ${n}`,
      situationSections: sections,
      startedBy: userId,
    });
    await tx.insert(incidentParticipants).values({
      ...org,
      id: ids.participantId,
      incidentId: ids.incidentId,
      userId,
      teamId: ids.teamId,
      teamName: `Beleidsteam ${n}`,
      roleId: ids.roleId,
      roleName: `Voorzitter ${n}`,
    });
    await tx.insert(incidentAttachments).values({
      ...org,
      id: ids.attachmentId,
      incidentId: ids.incidentId,
      uploadedBy: userId,
      fileName: 'plattegrond.txt',
      contentType: 'text/plain',
      byteSize: 5,
      content: Buffer.from('hallo'),
    });
    await tx.insert(logbookEntries).values({
      ...org,
      id: ids.logbookEntryId,
      incidentId: ids.incidentId,
      sequence: 1,
      authorId: userId,
      classificationId: ids.classificationId,
      labelIds: [ids.labelId],
      text: 'Rook gezien op de tweede verdieping',
      attachmentId: ids.attachmentId,
    });
    await tx.insert(incidentTasks).values({
      ...org,
      id: ids.taskId,
      incidentId: ids.incidentId,
      title: 'Ontruiming bevestigen',
      checklist: [{ id: uuidv7(), text: 'BHV gebeld', done: false }],
      createdBy: userId,
    });
    await tx.insert(situationVersions).values({
      ...org,
      id: ids.situationVersionId,
      incidentId: ids.incidentId,
      version: 1,
      sections: sections.map(({ key, title }) => ({ key, title, content: `${title}: nog onbekend` })),
      authorId: userId,
    });
    await tx.insert(incidentLocations).values({
      ...org,
      id: ids.incidentLocationId,
      incidentId: ids.incidentId,
      locationId: ids.locationId,
      name: `Gemeentehuis ${n}`,
      addedBy: userId,
    });
    await tx.insert(chatMessages).values({
      ...org,
      id: ids.chatMessageId,
      incidentId: ids.incidentId,
      authorId: userId,
      body: 'Ik ben onderweg',
    });
  });
  return ids;
}
