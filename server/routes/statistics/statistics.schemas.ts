import { z } from '@hono/zod-openapi';
import type { UsagePeriod } from '../../modules/statistics/usage-period.js';

export const ZStatisticsQuery = z.object({
  days: z
    .enum(['30', '90', '365'])
    .default('30')
    .openapi({ description: 'The period, in days up to now', example: '90' }),
});

/** The period a validated query asks for. */
export const periodDays = (days: '30' | '90' | '365'): UsagePeriod => Number(days) as UsagePeriod;

const ZPeriod = z.object({ days: z.number().int(), from: z.iso.datetime(), to: z.iso.datetime() });

export const ZOrganisationStatistics = z
  .object({
    period: ZPeriod,
    activePeople: z.number().int().openapi({ description: 'People who did something in Baken' }),
    weeks: z.array(
      z.object({
        weekStart: z
          .string()
          .openapi({ description: 'Monday of the week (Dutch time)', example: '2026-11-30' }),
        activePeople: z.number().int(),
      }),
    ),
    incidentsStarted: z.number().int(),
    exercisesStarted: z.number().int(),
    alertsSent: z.number().int(),
    alertsReceived: z.number().int().openapi({ description: 'People alerted, once per alert and person' }),
    alertsAnswered: z.number().int(),
    shareAnswered: z.number().min(0).max(1).nullable(),
    medianAnswerSeconds: z.number().int().nullable(),
    answerTimesHidden: z.boolean().openapi({
      description:
        'The median is withheld because fewer than 5 people answered (it would show one person’s speed)',
    }),
    logbookEntries: z.number().int(),
    tasksCreated: z.number().int(),
    situationUpdates: z.number().int(),
    chatMessages: z.number().int(),
  })
  .openapi('OrganisationStatistics');

export const ZPlatformStatistics = z
  .object({
    period: ZPeriod,
    organisations: z.array(
      z.object({
        organisationId: z.uuid(),
        name: z.string(),
        activePeople: z.number().int(),
        incidentsStarted: z.number().int(),
        exercisesStarted: z.number().int(),
        alertsSent: z.number().int(),
        logbookEntries: z.number().int(),
      }),
    ),
  })
  .openapi('PlatformStatistics');

export const ZUsageObjection = z
  .object({
    objecting: z.boolean().openapi({ description: 'Nothing is collected about you while true' }),
    objectedAt: z.iso.datetime().nullable(),
    withdrawnAt: z.iso.datetime().nullable(),
  })
  .openapi('UsageObjection');

export const ZUsageObjectionBody = z.object({ objecting: z.boolean() }).openapi('UsageObjectionChange');
