import type { Database } from '../../db/database.js';
import { inTenant } from '../../db/tenant-transaction.js';
import type { Actor } from '../../policies/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { collectIncidentRecord } from './collect-incident-record.js';
import type { IncidentRecord } from './incident-record.js';

export type ExportFormat = 'pdf' | 'json' | 'csv';

/**
 * The record of an incident for a download (report, JSON or CSV), with the download noted in the
 * audit log: the record holds personal data of everyone who worked on the incident.
 */
export function exportIncident(
  db: Database,
  actor: Actor,
  incidentId: string,
  format: ExportFormat,
  ipAddress: string,
): Promise<IncidentRecord> {
  return inTenant(db, actor.organisationId, async (tx) => {
    const record = await collectIncidentRecord(tx, actor, incidentId, new Date());
    await recordAudit(tx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'incident.exported',
      targetType: 'incident',
      targetId: record.incident.id,
      ipAddress,
      details: { format, number: record.incident.number },
    });
    return record;
  });
}
