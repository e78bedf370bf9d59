import { z } from '@hono/zod-openapi';
import { DATA_BREACH_STATUSES } from '../../db/schema/data-breaches.js';
import type { BreachView, OperatorBreachView } from '../../modules/privacy/breaches/list-breaches.js';
import type { OrganisationBreachView } from '../../modules/privacy/breaches/organisation-breaches.js';

const moment = (description: string) => z.iso.datetime({ offset: true }).openapi({ description });
const words = (max: number) => z.string().trim().min(1).max(max);
const count = z.number().int().min(0).max(1_000_000_000).nullable();

const FACTS = {
  discoveredAt: moment('When the operator became aware of the breach: the 72-hour clock starts here'),
  description: words(4000).openapi({ description: 'The nature of the breach' }),
  dataCategories: words(2000).openapi({ description: 'Categories of personal data concerned' }),
  peopleCategories: words(2000).openapi({ description: 'Categories of people concerned' }),
  approximatePeople: count.openapi({ description: 'Approximate number of people; null while unknown' }),
  approximateRecords: count.openapi({ description: 'Approximate number of records; null while unknown' }),
  likelyConsequences: z.string().trim().max(4000),
  measures: z.string().trim().max(4000).openapi({ description: 'Measures taken or proposed' }),
  contactPoint: words(500).openapi({ description: 'Where more information can be obtained' }),
};

export const ZRecordBreachBody = z
  .object({
    ...FACTS,
    approximatePeople: FACTS.approximatePeople.default(null),
    approximateRecords: FACTS.approximateRecords.default(null),
    likelyConsequences: FACTS.likelyConsequences.default(''),
    measures: FACTS.measures.default(''),
  })
  .openapi('RecordBreachBody');

export const ZUpdateBreachBody = z.object(FACTS).partial().openapi('UpdateBreachBody');

export const ZAuthorityDecisionBody = z
  .discriminatedUnion('decision', [
    z.object({
      decision: z.literal('notified'),
      notifiedAt: moment('When the notification was made'),
      reference: words(200).openapi({ description: 'The reference the Autoriteit Persoonsgegevens gave' }),
      delayReason: z
        .string()
        .trim()
        .max(4000)
        .optional()
        .transform((value) => (value ? value : undefined))
        .openapi({ description: 'Required when notified after the 72 hours (art. 33(1))' }),
    }),
    z.object({
      decision: z.literal('not-notified'),
      reason: words(4000).openapi({ description: 'Why the breach is unlikely to result in a risk' }),
    }),
  ])
  .openapi('AuthorityDecisionBody');

export const ZSubjectsDecisionBody = z
  .discriminatedUnion('decision', [
    z.object({ decision: z.literal('informed'), informedAt: moment('When the people were informed') }),
    z.object({
      decision: z.literal('not-needed'),
      reason: words(4000).openapi({ description: 'Why informing them is not needed (art. 34(3))' }),
    }),
  ])
  .openapi('SubjectsDecisionBody');

export const ZAffectedOrganisationsBody = z
  .object({ organisationIds: z.array(z.uuid()).min(1).max(100) })
  .openapi('AffectedOrganisationsBody');

const ZBreachFields = z.object({
  id: z.uuid(),
  discoveredAt: z.string(),
  description: z.string(),
  dataCategories: z.string(),
  peopleCategories: z.string(),
  approximatePeople: z.number().int().nullable(),
  approximateRecords: z.number().int().nullable(),
  likelyConsequences: z.string(),
  measures: z.string(),
  contactPoint: z.string(),
  authority: z.object({
    notifiedAt: z.string().nullable(),
    reference: z.string().nullable(),
    delayReason: z.string().nullable(),
    notNotifiedReason: z.string().nullable(),
  }),
  subjects: z.object({ informedAt: z.string().nullable(), notInformedReason: z.string().nullable() }),
  clock: z.object({
    dueAt: z.string().openapi({ description: 'Discovered + 72 hours' }),
    state: z.enum(['running', 'due-soon', 'overdue', 'stopped']).openapi({
      description: '`stopped` once the decision about the authority is recorded',
    }),
    remainingMs: z.number().int().openapi({ description: 'Negative when overdue' }),
  }),
  status: z.enum(DATA_BREACH_STATUSES),
  closedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const ZBreach = ZBreachFields.extend({
  recordedBy: z.string().nullable(),
  organisations: z.array(z.object({ id: z.uuid(), name: z.string(), notifiedAt: z.string() })),
}).openapi('DataBreach');

export const ZOrganisationBreach = ZBreachFields.extend({
  notifiedAt: z.string().openapi({ description: 'When your organisation was told' }),
}).openapi('OrganisationDataBreach');

const iso = (value: Date | null) => value?.toISOString() ?? null;

function presentFields(breach: BreachView): z.infer<typeof ZBreachFields> {
  return {
    id: breach.id,
    discoveredAt: breach.discoveredAt.toISOString(),
    description: breach.description,
    dataCategories: breach.dataCategories,
    peopleCategories: breach.peopleCategories,
    approximatePeople: breach.approximatePeople,
    approximateRecords: breach.approximateRecords,
    likelyConsequences: breach.likelyConsequences,
    measures: breach.measures,
    contactPoint: breach.contactPoint,
    authority: {
      notifiedAt: iso(breach.authorityNotifiedAt),
      reference: breach.authorityReference,
      delayReason: breach.authorityDelayReason,
      notNotifiedReason: breach.authorityNotNotifiedReason,
    },
    subjects: {
      informedAt: iso(breach.subjectsInformedAt),
      notInformedReason: breach.subjectsNotInformedReason,
    },
    clock: {
      dueAt: breach.clock.dueAt.toISOString(),
      state: breach.clock.state,
      remainingMs: Math.round(breach.clock.remainingMs),
    },
    status: breach.status,
    closedAt: iso(breach.closedAt),
    createdAt: breach.createdAt.toISOString(),
    updatedAt: breach.updatedAt.toISOString(),
  };
}

export const presentBreach = (breach: OperatorBreachView): z.infer<typeof ZBreach> => ({
  ...presentFields(breach),
  recordedBy: breach.recordedBy,
  organisations: breach.organisations.map((organisation) => ({
    ...organisation,
    notifiedAt: organisation.notifiedAt.toISOString(),
  })),
});

export const presentOrganisationBreach = (
  breach: OrganisationBreachView,
): z.infer<typeof ZOrganisationBreach> => ({
  ...presentFields(breach),
  notifiedAt: breach.notifiedAt.toISOString(),
});
