import { apiRequest } from '../../api/api-client';

export type ClockState = 'running' | 'due-soon' | 'overdue' | 'stopped';

/** What the operator and an affected organisation both see of a breach (DataBreach in the OpenAPI document). */
export interface BreachFields {
  id: string;
  discoveredAt: string;
  description: string;
  dataCategories: string;
  peopleCategories: string;
  approximatePeople: number | null;
  approximateRecords: number | null;
  likelyConsequences: string;
  measures: string;
  contactPoint: string;
  authority: {
    notifiedAt: string | null;
    reference: string | null;
    delayReason: string | null;
    notNotifiedReason: string | null;
  };
  subjects: { informedAt: string | null; notInformedReason: string | null };
  clock: { dueAt: string; state: ClockState; remainingMs: number };
  status: 'open' | 'closed';
  closedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface Breach extends BreachFields {
  recordedBy: string | null;
  organisations: { id: string; name: string; notifiedAt: string }[];
}

export interface OrganisationBreach extends BreachFields {
  notifiedAt: string;
}

export interface BreachFactsBody {
  discoveredAt: string;
  description: string;
  dataCategories: string;
  peopleCategories: string;
  approximatePeople: number | null;
  approximateRecords: number | null;
  likelyConsequences: string;
  measures: string;
  contactPoint: string;
}

export type AuthorityDecisionBody =
  | { decision: 'notified'; notifiedAt: string; reference: string; delayReason?: string }
  | { decision: 'not-notified'; reason: string };

export type SubjectsDecisionBody =
  | { decision: 'informed'; informedAt: string }
  | { decision: 'not-needed'; reason: string };

const entry = (id: string, step = '') => `/api/operator/breaches/${encodeURIComponent(id)}${step}`;

export const listBreaches = (signal: AbortSignal) =>
  apiRequest<Breach[]>('GET', '/api/operator/breaches', { signal });
export const readBreach = (id: string, signal: AbortSignal) =>
  apiRequest<Breach>('GET', entry(id), { signal });
export const recordBreach = (body: BreachFactsBody) =>
  apiRequest<Breach>('POST', '/api/operator/breaches', { body });
export const updateBreach = (id: string, body: Partial<BreachFactsBody>) =>
  apiRequest<Breach>('PATCH', entry(id), { body });
export const decideAuthority = (id: string, body: AuthorityDecisionBody) =>
  apiRequest<Breach>('POST', entry(id, '/authority'), { body });
export const decideSubjects = (id: string, body: SubjectsDecisionBody) =>
  apiRequest<Breach>('POST', entry(id, '/subjects'), { body });
export const markOrganisations = (id: string, organisationIds: string[]) =>
  apiRequest<Breach>('POST', entry(id, '/organisations'), { body: { organisationIds } });
export const closeBreach = (id: string) => apiRequest<Breach>('POST', entry(id, '/close'));
export const listOrganisationBreaches = (signal: AbortSignal) =>
  apiRequest<OrganisationBreach[]>('GET', '/api/organisation/breaches', { signal });

/** A `datetime-local` value for a moment, on the device's clock (what the person sees and types). */
export function localInput(date: Date): string {
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}

/** The ISO moment of a `datetime-local` value, or undefined when it is empty or not a date. */
export function fromLocalInput(value: string): string | undefined {
  const date = new Date(value);
  return value && !Number.isNaN(date.getTime()) ? date.toISOString() : undefined;
}
