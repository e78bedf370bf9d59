import type { Database } from '../../db/database.js';
import { uuidv7 } from '../../db/ids.js';
import { situationTemplates } from '../../db/schema/preparation.js';
import { inTenant } from '../../db/tenant-transaction.js';
import type { Actor } from '../../policies/actor.js';
import { DomainError } from '../domain-error.js';
import { findSituationTemplate } from './list-situation-templates.js';
import { nameTaken } from './organisation-rows.js';
import { type SectionInput, withSectionKeys } from './section-keys.js';

export interface SituationTemplateInput {
  name: string;
  sections: SectionInput[];
}

/** Adds a template of the sections a team fills in for its situation picture. */
export async function createSituationTemplate(db: Database, actor: Actor, input: SituationTemplateInput) {
  const { organisationId } = actor;
  return inTenant(db, organisationId, async (tx) => {
    if (await nameTaken(tx, situationTemplates, situationTemplates.name, organisationId, input.name))
      throw new DomainError('situation_template_name_taken', 409);
    const id = uuidv7();
    await tx
      .insert(situationTemplates)
      .values({ id, organisationId, name: input.name, sections: withSectionKeys(input.sections) });
    return findSituationTemplate(tx, organisationId, id);
  });
}
