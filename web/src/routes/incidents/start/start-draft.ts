import type { NewIncident } from '../../../api/incidents-api';
import type { IncidentTemplate, Team } from '../../../api/preparation-types';
import { type StartAlertChoice, startAlertOf } from '../../../features/alerts/alert-start-choice';

/** One person on the start screen, in a team (or added directly) with a role for this incident. */
export interface DraftParticipant {
  userId: string;
  name: string;
  teamId: string | null;
  teamName: string | null;
  roleId: string | null;
}

/** What the person starting an incident has chosen so far. */
export interface StartDraft {
  template: IncidentTemplate | null;
  title: string;
  description: string;
  labels: string;
  isExercise: boolean;
  participants: DraftParticipant[];
  alert: StartAlertChoice;
}

/** How many different people take part: someone in two teams counts once, as in the room. */
export function countPeople(participants: readonly { userId: string }[]): number {
  return new Set(participants.map((participant) => participant.userId)).size;
}

export const participantKey = (participant: { userId: string; teamId: string | null }) =>
  `${participant.teamId ?? 'direct'}:${participant.userId}`;

/** A team's members with the role each holds there. */
export function teamParticipants(team: Team): DraftParticipant[] {
  return team.members.map((member) => ({
    userId: member.userId,
    name: member.name,
    teamId: team.id,
    teamName: team.name,
    roleId: member.roleId,
  }));
}

/** Adds people, leaving out whoever is already there in the same team. */
export function withParticipants(current: DraftParticipant[], added: DraftParticipant[]): DraftParticipant[] {
  const keys = new Set(current.map(participantKey));
  return [...current, ...added.filter((participant) => !keys.has(participantKey(participant)))];
}

/** A draft prefilled from a scenario (or empty without one), with the scenario's teams. */
export function draftFrom(template: IncidentTemplate | null, teams: readonly Team[]): StartDraft {
  const teamIds = new Set(template?.teams.map((team) => team.id) ?? []);
  const participants = teams
    .filter((team) => teamIds.has(team.id))
    .reduce<DraftParticipant[]>((all, team) => withParticipants(all, teamParticipants(team)), []);
  return {
    template,
    title: template?.title ?? '',
    description: template?.description ?? '',
    labels: template?.labels.join(', ') ?? '',
    isExercise: false,
    participants,
    alert: { send: true, urgency: null },
  };
}

/** The people per team, in the order the teams were added; people added directly come last. */
export function groupByTeam<T extends { teamId: string | null; teamName: string | null }>(
  participants: readonly T[],
): { teamId: string | null; teamName: string | null; participants: T[] }[] {
  const groups = new Map<
    string | null,
    { teamId: string | null; teamName: string | null; participants: T[] }
  >();
  for (const participant of participants) {
    const group = groups.get(participant.teamId) ?? {
      teamId: participant.teamId,
      teamName: participant.teamName,
      participants: [],
    };
    group.participants.push(participant);
    groups.set(participant.teamId, group);
  }
  const direct = groups.get(null);
  groups.delete(null);
  return direct ? [...groups.values(), direct] : [...groups.values()];
}

/** The request body: always the explicit list of people, as chosen on the team step. */
export function newIncidentFrom(draft: StartDraft, labels: string[]): NewIncident {
  return {
    ...(draft.template ? { templateId: draft.template.id } : {}),
    title: draft.title.trim(),
    description: draft.description.trim(),
    labels,
    isExercise: draft.isExercise,
    participants: draft.participants.map(({ userId, teamId, roleId }) => ({ userId, teamId, roleId })),
    alert: startAlertOf(draft.alert, draft.isExercise),
  };
}
