import type { Transaction } from '../../db/database.js';
import { uuidv7 } from '../../db/ids.js';
import { situationVersions } from '../../db/schema/incidents.js';
import { recordEvent } from '../../events/record-event.js';
import type { Actor } from '../../policies/actor.js';
import { DomainError } from '../domain-error.js';
import { incidentTopic, writableIncident } from '../incidents/incident-access.js';
import { mergeSections } from './merge-sections.js';
import { sectionsOf } from './situation-sections.js';
import { latestVersionRow, presentVersionRow, versionRow } from './situation-view.js';

export interface SituationEdit {
  /** The version the person started editing from (0: the empty picture). */
  baseVersion: number;
  sections: { key: string; content: string }[];
}

/**
 * Saves the situation picture as the next version. The incident's row lock (writableIncident)
 * serialises saves, so numbers never collide. When others saved since the person's base version,
 * their changes are kept and the person's are merged on top per section; the same section changed
 * by both is refused with 409 `situation_conflict`, telling the current version number.
 */
export async function saveSituation(tx: Transaction, actor: Actor, incidentId: string, edit: SituationEdit) {
  const { incident } = await writableIncident(tx, actor, incidentId);
  const sections = sectionsOf(incident);
  const keys = new Set(sections.map((section) => section.key));
  if (edit.sections.some((section) => !keys.has(section.key)))
    throw new DomainError('situation_section_unknown', 400);

  const latest = await latestVersionRow(tx, actor.organisationId, incident.id);
  const latestNumber = latest?.version ?? 0;
  if (edit.baseVersion > latestNumber) throw new DomainError('situation_base_version_unknown', 400);
  const base =
    edit.baseVersion === latestNumber
      ? latest
      : edit.baseVersion === 0
        ? undefined
        : await versionRow(tx, actor.organisationId, incident.id, edit.baseVersion);
  if (edit.baseVersion > 0 && !base) throw new DomainError('situation_base_version_unknown', 400);

  const contentsOf = (row: typeof latest) => new Map((row?.sections ?? []).map((s) => [s.key, s.content]));
  const { contents, conflicts } = mergeSections(contentsOf(base), contentsOf(latest), edit.sections);
  if (conflicts.length > 0)
    throw new DomainError('situation_conflict', 409, { currentVersion: latestNumber, sections: conflicts });

  const [row] = await tx
    .insert(situationVersions)
    .values({
      id: uuidv7(),
      organisationId: actor.organisationId,
      incidentId: incident.id,
      version: latestNumber + 1,
      sections: sections.map(({ key, title }) => ({ key, title, content: contents.get(key) ?? '' })),
      authorId: actor.userId,
    })
    .returning();
  if (!row) throw new Error('situation version insert returned no row');
  const version = await presentVersionRow(tx, actor.organisationId, row);
  await recordEvent(tx, {
    organisationId: actor.organisationId,
    topic: incidentTopic(incident.id),
    type: 'situation.saved',
    payload: { version },
    actorId: actor.userId,
  });
  return version;
}
