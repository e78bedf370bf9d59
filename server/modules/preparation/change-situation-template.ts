import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db/database.js';
import { situationTemplates } from '../../db/schema/preparation.js';
import { inTenant } from '../../db/tenant-transaction.js';
import type { Actor } from '../../policies/actor.js';
import { DomainError, notFound } from '../domain-error.js';
import type { SituationTemplateInput } from './create-situation-template.js';
import { findSituationTemplate } from './list-situation-templates.js';
import { nameTaken } from './organisation-rows.js';
import { withSectionKeys } from './section-keys.js';

/**
 * Renames a situation template or replaces its sections. Running incidents keep the sections they
 * started with; the change applies to incidents started from now on.
 */
export async function changeSituationTemplate(
  db: Database,
  actor: Actor,
  templateId: string,
  changes: Partial<SituationTemplateInput>,
) {
  const { organisationId } = actor;
  return inTenant(db, organisationId, async (tx) => {
    const where = and(
      eq(situationTemplates.organisationId, organisationId),
      eq(situationTemplates.id, templateId),
    );
    const [template] = await tx.select({ id: situationTemplates.id }).from(situationTemplates).where(where);
    if (!template) throw notFound();
    if (
      changes.name !== undefined &&
      (await nameTaken(
        tx,
        situationTemplates,
        situationTemplates.name,
        organisationId,
        changes.name,
        templateId,
      ))
    )
      throw new DomainError('situation_template_name_taken', 409);
    if (changes.name !== undefined || changes.sections)
      await tx
        .update(situationTemplates)
        .set({
          name: changes.name,
          sections: changes.sections ? withSectionKeys(changes.sections) : undefined,
        })
        .where(where);
    return findSituationTemplate(tx, organisationId, templateId);
  });
}
