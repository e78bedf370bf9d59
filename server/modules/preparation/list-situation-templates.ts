import { and, eq } from 'drizzle-orm';
import type { Transaction } from '../../db/database.js';
import { situationTemplates } from '../../db/schema/preparation.js';
import { notFound } from '../domain-error.js';
import { byName } from './organisation-rows.js';

/** The situation-picture templates (e.g. BOB: beeld-, oordeels-, besluitvorming) by name. */
export async function listSituationTemplates(tx: Transaction, organisationId: string, templateId?: string) {
  const rows = await tx
    .select({
      id: situationTemplates.id,
      name: situationTemplates.name,
      sections: situationTemplates.sections,
    })
    .from(situationTemplates)
    .where(
      and(
        eq(situationTemplates.organisationId, organisationId),
        templateId ? eq(situationTemplates.id, templateId) : undefined,
      ),
    );
  return rows
    .map((row) => ({
      ...row,
      sections: row.sections.map(({ key, title, hint }) => ({ key, title, hint: hint ?? '' })),
    }))
    .sort(byName);
}

/** One situation template; 404 when the organisation has no such template. */
export async function findSituationTemplate(tx: Transaction, organisationId: string, templateId: string) {
  const [template] = await listSituationTemplates(tx, organisationId, templateId);
  if (!template) throw notFound();
  return template;
}
