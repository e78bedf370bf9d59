import { apiRequest } from './api-client';

/** An on-call roster of a role, as GET /api/rosters shows it. */
export interface Roster {
  id: string;
  roleId: string;
  roleName: string;
  name: string;
  timeZone: string;
  rotationStart: string;
  shiftHours: number;
  members: { userId: string; name: string; available: boolean }[];
  /** Who is on call now; `until` is null when there is no handover in the next 62 days. */
  current: { userId: string; name: string; swapped: boolean; until: string | null } | null;
  next: { userId: string; name: string; swapped: boolean; startsAt: string } | null;
}

export interface RosterInput {
  roleId: string;
  name: string;
  timeZone: string;
  rotationStart: string;
  shiftHours: number;
  memberIds: string[];
}

export interface RosterShift {
  startsAt: string;
  endsAt: string;
  userId: string;
  name: string;
  swapped: boolean;
  swapId: string | null;
  /** Whoever's turn it was cannot be reached; the next in turn stands in. */
  standIn: boolean;
}

export interface RosterSwap {
  id: string;
  startsAt: string;
  endsAt: string;
  userId: string;
  name: string;
  reason: string;
  createdBy: string | null;
  createdByName: string | null;
  createdAt: string;
  removable: boolean;
}

export interface RosterSchedule {
  rosterId: string;
  timeZone: string;
  from: string;
  to: string;
  shifts: RosterShift[];
  swaps: RosterSwap[];
}

export interface SwapInput {
  startsAt: string;
  endsAt: string;
  userId: string;
  reason: string;
}

export interface RoleDeputy {
  userId: string;
  name: string;
  email: string;
  available: boolean;
}

const rosterPath = (id: string) => `/api/rosters/${encodeURIComponent(id)}`;
const deputiesPath = (roleId: string) => `/api/roles/${encodeURIComponent(roleId)}/deputies`;

export function listRosters(signal?: AbortSignal) {
  return apiRequest<Roster[]>('GET', '/api/rosters', { signal });
}

export function createRoster(input: RosterInput) {
  return apiRequest<Roster>('POST', '/api/rosters', { body: input });
}

export function changeRoster(id: string, changes: Partial<RosterInput>) {
  return apiRequest<Roster>('PATCH', rosterPath(id), { body: changes });
}

export function deleteRoster(id: string) {
  return apiRequest<undefined>('DELETE', rosterPath(id));
}

/** Who is on call when from `from` until `to` (at most 62 days). */
export function fetchRosterSchedule(id: string, from: string, to: string, signal?: AbortSignal) {
  const query = new URLSearchParams({ from, to });
  return apiRequest<RosterSchedule>('GET', `${rosterPath(id)}/schedule?${query}`, { signal });
}

export function addSwap(rosterId: string, input: SwapInput) {
  return apiRequest<RosterSwap>('POST', `${rosterPath(rosterId)}/swaps`, { body: input });
}

export function removeSwap(rosterId: string, swapId: string) {
  return apiRequest<undefined>('DELETE', `${rosterPath(rosterId)}/swaps/${encodeURIComponent(swapId)}`);
}

export function listRoleDeputies(roleId: string, signal?: AbortSignal) {
  return apiRequest<RoleDeputy[]>('GET', deputiesPath(roleId), { signal });
}

/** Replaces a role's deputies with these people, in this order. */
export function saveRoleDeputies(roleId: string, userIds: string[]) {
  return apiRequest<RoleDeputy[]>('PUT', deputiesPath(roleId), { body: { userIds } });
}
