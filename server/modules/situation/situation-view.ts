import { and, desc, eq } from 'drizzle-orm';
import type { Transaction } from '../../db/database.js';
import { type SituationSectionContent, situationVersions } from '../../db/schema/incidents.js';
import type { IncidentRow } from '../incidents/incident-access.js';
import { type PersonRef, personRef, userNames } from '../incidents/user-names.js';
import { sectionsOf } from './situation-sections.js';

/** One saved state of the situation picture, as the API shows it and `situation.saved` carries it. */
export interface SituationVersionView {
  version: number;
  sections: SituationSectionContent[];
  author: PersonRef | null;
  createdAt: string;
}

type VersionRow = typeof situationVersions.$inferSelect;

/** One version row as the API shows it, with the author's name from `names`. */
export const presentVersion = (row: VersionRow, names: Map<string, PersonRef>): SituationVersionView => ({
  version: row.version,
  sections: row.sections,
  author: personRef(names, row.authorId),
  createdAt: row.createdAt.toISOString(),
});

/** One version row as the API shows it, looking up its author's name. */
export async function presentVersionRow(tx: Transaction, organisationId: string, row: VersionRow) {
  return presentVersion(row, await userNames(tx, organisationId, [row.authorId]));
}

/** The newest saved version, or undefined before anything was saved. */
export async function latestVersionRow(tx: Transaction, organisationId: string, incidentId: string) {
  const [row] = await tx
    .select()
    .from(situationVersions)
    .where(
      and(eq(situationVersions.organisationId, organisationId), eq(situationVersions.incidentId, incidentId)),
    )
    .orderBy(desc(situationVersions.version))
    .limit(1);
  return row;
}

/** One version by number, or undefined. */
export async function versionRow(
  tx: Transaction,
  organisationId: string,
  incidentId: string,
  version: number,
) {
  const [row] = await tx
    .select()
    .from(situationVersions)
    .where(
      and(
        eq(situationVersions.organisationId, organisationId),
        eq(situationVersions.incidentId, incidentId),
        eq(situationVersions.version, version),
      ),
    );
  return row;
}

/**
 * The picture before anyone wrote it down: version 0, every section empty. Incidents are started
 * with a version 1, so this is only for records that lack one; saving on top of it makes version 1.
 */
export function emptyPicture(incident: IncidentRow): SituationVersionView {
  return {
    version: 0,
    sections: sectionsOf(incident).map(({ key, title }) => ({ key, title, content: '' })),
    author: null,
    createdAt: incident.startedAt.toISOString(),
  };
}
