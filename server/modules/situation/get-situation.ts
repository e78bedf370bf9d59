import { and, desc, eq } from 'drizzle-orm';
import type { Transaction } from '../../db/database.js';
import { situationVersions } from '../../db/schema/incidents.js';
import type { Actor } from '../../policies/actor.js';
import { notFound } from '../domain-error.js';
import { readableIncident } from '../incidents/incident-access.js';
import { personRef, userNames } from '../incidents/user-names.js';
import { emptyPicture, presentVersion, presentVersionRow, versionRow } from './situation-view.js';

/** The current situation picture and the list of every saved version, newest first. */
export async function getSituation(tx: Transaction, actor: Actor, incidentId: string) {
  const { incident } = await readableIncident(tx, actor, incidentId);
  const history = await tx
    .select({
      version: situationVersions.version,
      authorId: situationVersions.authorId,
      createdAt: situationVersions.createdAt,
    })
    .from(situationVersions)
    .where(
      and(
        eq(situationVersions.organisationId, actor.organisationId),
        eq(situationVersions.incidentId, incident.id),
      ),
    )
    .orderBy(desc(situationVersions.version));
  const names = await userNames(
    tx,
    actor.organisationId,
    history.map((row) => row.authorId),
  );
  const newest = history[0];
  const latest = newest ? await versionRow(tx, actor.organisationId, incident.id, newest.version) : undefined;
  return {
    current: latest ? presentVersion(latest, names) : emptyPicture(incident),
    versions: history.map((row) => ({
      version: row.version,
      author: personRef(names, row.authorId),
      createdAt: row.createdAt.toISOString(),
    })),
  };
}

/** An earlier (or the current) version: the picture as it stood at that moment. */
export async function getSituationVersion(
  tx: Transaction,
  actor: Actor,
  incidentId: string,
  version: number,
) {
  const { incident } = await readableIncident(tx, actor, incidentId);
  const row = await versionRow(tx, actor.organisationId, incident.id, version);
  if (!row) throw notFound();
  return presentVersionRow(tx, actor.organisationId, row);
}
