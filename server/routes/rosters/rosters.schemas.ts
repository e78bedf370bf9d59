import { z } from '@hono/zod-openapi';
import { changesSomething, ZName } from '../preparation/preparation-shared.js';

const DAY_MS = 24 * 60 * 60 * 1000;
/** The calendar asks for a month and a bit at most; the schedule's work grows with the range. */
export const MAX_SCHEDULE_DAYS = 62;
export const MAX_SWAP_DAYS = 31;
/** From one hour to four weeks: a rotation turns over at least once a month. */
export const MAX_SHIFT_HOURS = 672;

export const ZRosterParams = z.object({ id: z.uuid() });
export const ZSwapParams = z.object({ id: z.uuid(), swapId: z.uuid() });

const ZMoment = z.iso.datetime({ offset: true }).openapi({ example: '2025-01-06T08:00:00+01:00' });

const ZTimeZone = z
  .string()
  .refine((zone) => zone === 'UTC' || Intl.supportedValuesOf('timeZone').includes(zone), 'field_time_zone')
  .openapi({ example: 'Europe/Amsterdam' });

/** Every list of people in a roster or deputy list: no one twice where the order matters. */
const uniquePeople = (userIds: readonly string[], context: z.RefinementCtx) => {
  const seen = new Set<string>();
  userIds.forEach((userId, index) => {
    if (seen.has(userId)) context.addIssue({ code: 'custom', message: 'field_person_twice', path: [index] });
    seen.add(userId);
  });
};

const rosterFields = {
  roleId: z
    .uuid()
    .openapi({ description: 'The role whose on-call person this roster names; one roster per role' }),
  name: ZName.openapi({ example: 'Piket Officier van Dienst' }),
  timeZone: ZTimeZone.openapi({
    description: 'Shifts hand over at the same wall-clock time in this zone, summer and winter',
  }),
  rotationStart: ZMoment.refine((value) => {
    const year = new Date(value).getUTCFullYear();
    // Not a date at all is the format check's message; this one is only about the range.
    return Number.isNaN(year) || (year >= 2000 && year < 2100);
  }, 'field_roster_start_range').openapi({ description: 'When the first member’s first shift begins' }),
  shiftHours: z
    .number()
    .int()
    .min(1)
    .max(MAX_SHIFT_HOURS)
    .openapi({ description: 'Length of a turn in hours (168 = a week)', example: 168 }),
  memberIds: z
    .array(z.uuid())
    .max(100)
    .superRefine(uniquePeople)
    .openapi({ description: 'People of the organisation in turn order' }),
};

export const ZCreateRosterBody = z
  .object({
    ...rosterFields,
    timeZone: rosterFields.timeZone.default('Europe/Amsterdam'),
    shiftHours: rosterFields.shiftHours.default(168),
    memberIds: rosterFields.memberIds.default([]),
  })
  .openapi('CreateRosterBody');

export const ZChangeRosterBody = z
  .object(rosterFields)
  .partial()
  .refine(changesSomething, 'field_nothing_to_change')
  .openapi('ChangeRosterBody');

const ZPersonRef = { userId: z.uuid(), name: z.string() };

export const ZRoster = z
  .object({
    id: z.uuid(),
    roleId: z.uuid(),
    roleName: z.string(),
    name: z.string(),
    timeZone: z.string(),
    rotationStart: z.iso.datetime(),
    shiftHours: z.number().int(),
    members: z.array(
      z.object({
        ...ZPersonRef,
        available: z
          .boolean()
          .openapi({ description: 'false: deactivated or not to be alerted; passed over' }),
      }),
    ),
    current: z
      .object({
        ...ZPersonRef,
        swapped: z.boolean(),
        until: z.iso.datetime().nullable().openapi({ description: 'Null: no handover in the next 62 days' }),
      })
      .nullable()
      .openapi({ description: 'Who is on call now; null when nobody is' }),
    next: z
      .object({ ...ZPersonRef, swapped: z.boolean(), startsAt: z.iso.datetime() })
      .nullable()
      .openapi({ description: 'The next handover within 62 days' }),
  })
  .openapi('Roster');

/** The period a schedule request asks for: `from` (default now) until `to` (default a week later). */
export function scheduleRange(query: { from?: string; to?: string }, now = new Date()) {
  const from = query.from ? new Date(query.from) : now;
  const to = query.to ? new Date(query.to) : new Date(from.getTime() + 7 * DAY_MS);
  return { from, to };
}

export const ZScheduleQuery = z
  .object({
    from: ZMoment.optional().openapi({ description: 'Default: now' }),
    to: ZMoment.optional().openapi({ description: 'Default: 7 days after `from`; at most 62 days after it' }),
  })
  .superRefine((query, context) => {
    const { from, to } = scheduleRange(query);
    if (to.getTime() <= from.getTime())
      context.addIssue({ code: 'custom', message: 'field_roster_end_after_start', path: ['to'] });
    else if (to.getTime() - from.getTime() > MAX_SCHEDULE_DAYS * DAY_MS)
      context.addIssue({ code: 'custom', message: 'field_roster_range_too_long', path: ['to'] });
  });

export const ZSwap = z
  .object({
    id: z.uuid(),
    startsAt: z.iso.datetime(),
    endsAt: z.iso.datetime(),
    ...ZPersonRef,
    reason: z.string(),
    createdBy: z.uuid().nullable(),
    createdByName: z.string().nullable(),
    createdAt: z.iso.datetime(),
    removable: z
      .boolean()
      .openapi({ description: 'Whether you may withdraw it (admins, or whoever made it)' }),
  })
  .openapi('RosterSwap');

export const ZSchedule = z
  .object({
    rosterId: z.uuid(),
    timeZone: z.string(),
    from: z.iso.datetime(),
    to: z.iso.datetime(),
    shifts: z.array(
      z.object({
        startsAt: z.iso.datetime(),
        endsAt: z.iso.datetime(),
        ...ZPersonRef,
        swapped: z.boolean(),
        swapId: z.uuid().nullable(),
        standIn: z
          .boolean()
          .openapi({ description: 'Whoever’s turn it was cannot be reached; the next in turn stands in' }),
      }),
    ),
    swaps: z.array(ZSwap),
  })
  .openapi('RosterSchedule');

export const ZSwapBody = z
  .object({
    startsAt: ZMoment,
    endsAt: ZMoment,
    userId: z.uuid().openapi({ description: 'Who is on call instead in this period' }),
    reason: z.string().trim().max(500).default(''),
  })
  .superRefine((body, context) => {
    const length = new Date(body.endsAt).getTime() - new Date(body.startsAt).getTime();
    if (length <= 0)
      context.addIssue({ code: 'custom', message: 'field_roster_end_after_start', path: ['endsAt'] });
    else if (length > MAX_SWAP_DAYS * DAY_MS)
      context.addIssue({ code: 'custom', message: 'field_roster_swap_too_long', path: ['endsAt'] });
  })
  .openapi('RosterSwapBody');

export const ZDeputiesBody = z
  .object({
    userIds: z
      .array(z.uuid())
      .max(20)
      .superRefine(uniquePeople)
      .openapi({ description: 'The deputies in the order they are called' }),
  })
  .openapi('RoleDeputiesBody');

export const ZDeputy = z
  .object({
    ...ZPersonRef,
    email: z.string(),
    available: z.boolean().openapi({ description: 'false: deactivated or not to be alerted; passed over' }),
  })
  .openapi('RoleDeputy');
