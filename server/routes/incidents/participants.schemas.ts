import { z } from '@hono/zod-openapi';
import { PRESENCE_STATUSES } from '../../db/schema/incidents.js';
import { ZIncidentParams } from './incident-shared.schemas.js';

export const ZParticipant = z
  .object({
    id: z.uuid(),
    user: z.object({ id: z.uuid(), name: z.string() }),
    jobTitle: z.string().nullable(),
    teamId: z.uuid().nullable(),
    teamName: z.string().nullable().openapi({ description: 'As it was when they joined' }),
    roleId: z.uuid().nullable(),
    roleName: z.string().nullable().openapi({ description: 'As it was when they joined' }),
    presence: z.enum(PRESENCE_STATUSES),
    presenceChangedAt: z.iso.datetime().nullable(),
  })
  .openapi('Participant');

export const ZAddParticipantBody = z
  .object({
    userId: z.uuid(),
    teamId: z.uuid().nullable().optional().openapi({ description: 'Omit to add the person directly' }),
    roleId: z
      .uuid()
      .nullable()
      .optional()
      .openapi({ description: 'Omitted with a team: the role the person holds in that team' }),
  })
  .openapi('AddParticipantBody');

export const ZPresenceBody = z.object({ presence: z.enum(PRESENCE_STATUSES) }).openapi('PresenceBody');

export const ZParticipantParams = ZIncidentParams.extend({
  participantId: z.uuid().openapi({ description: 'The participant (a person in one team)' }),
});
