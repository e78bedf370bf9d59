import { apiRequest } from '../../api/api-client';

export type UsagePeriod = '30' | '90' | '365';
export const USAGE_PERIODS: readonly UsagePeriod[] = ['30', '90', '365'];

/** GET /api/statistics (OrganisationStatistics in the OpenAPI document): aggregates only. */
export interface OrganisationStatistics {
  period: { days: number; from: string; to: string };
  activePeople: number;
  weeks: { weekStart: string; activePeople: number }[];
  incidentsStarted: number;
  exercisesStarted: number;
  alertsSent: number;
  alertsReceived: number;
  alertsAnswered: number;
  shareAnswered: number | null;
  medianAnswerSeconds: number | null;
  /** Withheld: fewer than 5 answers would show one person's speed. */
  answerTimesHidden: boolean;
  logbookEntries: number;
  tasksCreated: number;
  situationUpdates: number;
  chatMessages: number;
}

export interface OrganisationUsage {
  organisationId: string;
  name: string;
  activePeople: number;
  incidentsStarted: number;
  exercisesStarted: number;
  alertsSent: number;
  logbookEntries: number;
}

/** GET /api/operator/statistics (PlatformStatistics): counts per organisation. */
export interface PlatformStatistics {
  period: { days: number; from: string; to: string };
  organisations: OrganisationUsage[];
}

export interface UsageObjection {
  objecting: boolean;
  objectedAt: string | null;
  withdrawnAt: string | null;
}

export function fetchOrganisationStatistics(days: UsagePeriod, signal?: AbortSignal) {
  return apiRequest<OrganisationStatistics>('GET', `/api/statistics?days=${days}`, { signal });
}

export function fetchPlatformStatistics(days: UsagePeriod, signal?: AbortSignal) {
  return apiRequest<PlatformStatistics>('GET', `/api/operator/statistics?days=${days}`, { signal });
}

export function fetchUsageObjection(signal?: AbortSignal) {
  return apiRequest<UsageObjection>('GET', '/api/me/usage-statistics', { signal });
}

export function changeUsageObjection(objecting: boolean) {
  return apiRequest<UsageObjection>('PUT', '/api/me/usage-statistics', { body: { objecting } });
}
