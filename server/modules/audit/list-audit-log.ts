import { and, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { AuditAction } from '../../../common/audit-actions.js';
import type { Transaction } from '../../db/database.js';
import { auditLog } from '../../db/schema/audit-log.js';
import { users } from '../../db/schema/users.js';

export interface AuditLogQuery {
  limit: number;
  /** Only entries older than this moment (ISO 8601); the `nextPage` of the previous page. */
  before?: string;
  /** With `before`: also entries at exactly that moment whose id is lower, so no page boundary skips one. */
  beforeId?: string;
  action?: AuditAction;
}

// Microseconds, as stored: one transaction writes several entries with the same time, and a
// millisecond cursor would skip entries that differ from the last one shown only below the millisecond.
const createdAtText = sql<string>`to_char(${auditLog.createdAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

function olderThan(before: string, beforeId: string | undefined): SQL {
  const moment = sql`${before}::timestamptz`;
  if (!beforeId) return sql`${auditLog.createdAt} < ${moment}`;
  // The first condition lets the (organisation, created_at) index bound the scan.
  return sql`${auditLog.createdAt} <= ${moment} and (${auditLog.createdAt} < ${moment} or ${auditLog.id} < ${beforeId}::uuid)`;
}

/** The organisation's audit entries, newest first, with the acting person's name; one page at a time. */
export async function listAuditLog(tx: Transaction, organisationId: string, query: AuditLogQuery) {
  const rows = await tx
    .select({
      id: auditLog.id,
      action: auditLog.action,
      actorUserId: auditLog.actorUserId,
      actorName: users.name,
      targetType: auditLog.targetType,
      targetId: auditLog.targetId,
      ipAddress: auditLog.ipAddress,
      details: auditLog.details,
      createdAt: createdAtText,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorUserId))
    .where(
      and(
        eq(auditLog.organisationId, organisationId),
        query.action ? eq(auditLog.action, query.action) : undefined,
        query.before ? olderThan(query.before, query.beforeId) : undefined,
      ),
    )
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
    .limit(query.limit + 1);
  const entries = rows.slice(0, query.limit);
  const last = entries.at(-1);
  const nextPage = rows.length > query.limit && last ? { before: last.createdAt, beforeId: last.id } : null;
  return { entries, nextPage };
}
