import { and, eq, sql } from 'drizzle-orm';
import type { Transaction } from '../../db/database.js';
import { incidentAttachments } from '../../db/schema/incidents.js';
import type { Actor } from '../../policies/actor.js';
import { notFound } from '../domain-error.js';
import { readableIncident } from '../incidents/incident-access.js';

/** A file of the incident, for someone who may read the incident; 404 for a file of another. */
export async function downloadAttachment(
  tx: Transaction,
  actor: Actor,
  incidentId: string,
  attachmentId: string,
) {
  const { incident } = await readableIncident(tx, actor, incidentId);
  const [attachment] = await tx
    .select({
      fileName: incidentAttachments.fileName,
      contentType: incidentAttachments.contentType,
      // As base64 text: both drivers pass text through fast, while PGlite parses bytea byte by byte.
      contentBase64: sql<string>`encode(${incidentAttachments.content}, 'base64')`,
    })
    .from(incidentAttachments)
    .where(
      and(
        eq(incidentAttachments.id, attachmentId),
        eq(incidentAttachments.incidentId, incident.id),
        eq(incidentAttachments.organisationId, actor.organisationId),
      ),
    );
  if (!attachment) throw notFound();
  const { contentBase64, ...file } = attachment;
  return { ...file, content: Buffer.from(contentBase64, 'base64') };
}
