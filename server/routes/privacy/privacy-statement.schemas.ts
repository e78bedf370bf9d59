import { z } from '@hono/zod-openapi';
import type { StatementDiff } from '../../modules/privacy/statement/compare-versions.js';
import type { ControllerDetails } from '../../modules/privacy/statement/controller-details.js';
import type { StatementView } from '../../modules/privacy/statement/read-statement.js';
import type { StatementNotice } from '../../modules/privacy/statement/statement-notice.js';

const ZVersionNumber = z.coerce.number().int().min(1).max(1_000_000);

export const ZStatementQuery = z.object({
  version: ZVersionNumber.optional().openapi({
    description: 'An earlier version; the current one when left out',
  }),
});

export const ZDiffQuery = z
  .object({
    from: ZVersionNumber.openapi({ description: 'The older version', example: 1 }),
    to: ZVersionNumber.openapi({ description: 'The newer version', example: 2 }),
  })
  .refine((query) => query.from !== query.to, { message: 'field_statement_versions_differ', path: ['to'] });

const ZBlock = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('paragraph'), text: z.string() }),
  z.object({ kind: z.literal('heading'), text: z.string() }),
  z.object({ kind: z.literal('list'), items: z.array(z.string()) }),
]);

const ZSection = z.object({
  id: z.string().openapi({ example: 'purposes' }),
  kind: z.enum(['free', 'generated']).openapi({
    description: '`free`: written by the operator; `generated`: built from the registers in code',
  }),
  heading: z.string(),
  blocks: z.array(ZBlock),
});

const ZBilingual = z.object({ nl: z.string(), en: z.string() });

const ZVersionSummary = z.object({
  version: z.number().int(),
  publishedAt: z.string(),
  changeSummary: z.string(),
});

export const ZPrivacyStatement = z
  .object({
    version: z.number().int(),
    currentVersion: z.number().int(),
    language: z.enum(['nl', 'en']),
    publishedAt: z
      .string()
      .openapi({ description: 'When this version was published: its "last changed" date' }),
    changeSummary: z.string(),
    sections: z.array(ZSection),
    versions: z.array(ZVersionSummary).openapi({ description: 'Every version, newest first' }),
    registersChangedSincePublication: z.boolean().openapi({
      description: 'The registers in code read differently now than when the current version was published',
    }),
    freeText: z
      .object({ introduction: ZBilingual, closing: ZBilingual, changeSummary: ZBilingual })
      .openapi({ description: 'The operator’s own text of this version as written, in both languages' }),
  })
  .openapi('PrivacyStatement');

const ZDiffPart = z.object({ kind: z.enum(['same', 'added', 'removed']), text: z.string() });

export const ZStatementDiff = z
  .object({
    from: z.object({ version: z.number().int(), publishedAt: z.string() }),
    to: z.object({ version: z.number().int(), publishedAt: z.string() }),
    language: z.enum(['nl', 'en']),
    lines: z.array(
      z.union([
        z.object({ kind: z.enum(['same', 'added', 'removed']), text: z.string() }),
        z.object({ kind: z.literal('changed'), parts: z.array(ZDiffPart) }),
        z.object({ kind: z.literal('folded'), count: z.number().int() }),
      ]),
    ),
  })
  .openapi('PrivacyStatementDiff');

const ZBilingualText = (max: number, min = 0) =>
  z.object({ nl: z.string().trim().min(min).max(max), en: z.string().trim().min(min).max(max) });

export const ZPublishStatementBody = z
  .object({
    introduction: ZBilingualText(20_000, 1).openapi({
      description: 'Plain text: blank line = new paragraph, "## " = heading, "- " = list item',
    }),
    closing: ZBilingualText(20_000),
    changeSummary: ZBilingualText(2_000, 1).openapi({ description: 'What changed, shown with the version' }),
  })
  .openapi('PublishPrivacyStatement');

export const ZPublished = z.object({ version: z.number().int() });

const text = (max: number) => z.string().trim().max(max);

export const ZControllerDetails = z
  .object({
    controllerName: text(200).openapi({ example: 'Baken Beheer B.V.' }),
    postalAddress: text(500).openapi({ description: 'One line per address line' }),
    email: z
      .string()
      .trim()
      .max(254)
      .refine((value) => value === '' || z.email().safeParse(value).success, 'field_controller_email'),
    phone: text(40),
    chamberOfCommerceNumber: text(20),
    privacyOfficerContact: text(500),
  })
  .openapi('PrivacyControllerDetails');

export const ZStatementNotice = z
  .object({
    currentVersion: z.number().int(),
    publishedAt: z.string(),
    seenVersion: z.number().int().nullable(),
    changed: z.boolean().openapi({ description: 'A newer version than the one you were told about' }),
  })
  .openapi('PrivacyStatementNotice');

export const ZSeenBody = z.object({ version: ZVersionNumber });

export const presentStatement = (view: StatementView) => ({
  ...view,
  publishedAt: view.publishedAt.toISOString(),
  versions: view.versions.map((item) => ({ ...item, publishedAt: item.publishedAt.toISOString() })),
});

export const presentDiff = (diff: StatementDiff) => ({
  ...diff,
  from: { ...diff.from, publishedAt: diff.from.publishedAt.toISOString() },
  to: { ...diff.to, publishedAt: diff.to.publishedAt.toISOString() },
});

export const presentNotice = (notice: StatementNotice) => ({
  ...notice,
  publishedAt: notice.publishedAt.toISOString(),
});

export type { ControllerDetails };
