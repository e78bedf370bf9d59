import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../../../db/database.js';
import { incidentAttachments } from '../../../db/schema/incidents.js';
import { inTenant } from '../../../db/tenant-transaction.js';
import type { Actor } from '../../../policies/actor.js';
import { confirmPassword } from '../../accounts/confirm-password.js';
import { counterKey, limitOrRefuse } from '../../accounts/login-throttle.js';
import { recordAudit } from '../../audit/record-audit.js';
import { DomainError } from '../../domain-error.js';
import type { ProcessorEntry } from '../processor-entries.js';
import type { AccessReport } from './access-report.js';
import { collectAccessReport } from './collect-access-report.js';

/** `view`: the page; `json` and `zip`: downloads, which need the password again. */
export type MyDataFormat = 'view' | 'json' | 'zip';

// A report reads every table; a person needs a few, not hundreds. Counted per account, in the
// database, so all instances agree (the key is found by the report itself: person-rows.ts).
const REPORTS_PER_WINDOW = 30;
const WINDOW_MS = 15 * 60 * 1000;
const ROW_LIMIT = 5000;

export interface ReadMyDataInput {
  format: MyDataFormat;
  password?: string;
  ipAddress: string;
  processors: readonly ProcessorEntry[];
  graceDays: number;
  now?: Date;
}

const limitReports = (db: Database, userId: string, now: Date) =>
  limitOrRefuse(db, counterKey('data-export', userId), REPORTS_PER_WINDOW, WINDOW_MS, now);

/** A wrong password is a problem of the password field, and says that nothing was downloaded. */
async function confirmIdentity(db: Database, actor: Actor, password: string | undefined, ipAddress: string) {
  const refused = () =>
    new DomainError('my_data_password_incorrect', 401, {
      fields: [{ path: 'password', message: 'my_data_password_incorrect' }],
    });
  if (!password) throw refused();
  try {
    await confirmPassword(db, actor, password, ipAddress);
  } catch (error) {
    if (error instanceof DomainError && error.code === 'invalid_credentials') throw refused();
    throw error;
  }
}

/**
 * The signed-in person's access report (GDPR art. 15, P17): for the page, or for a download after
 * the password is entered again. Every report is audited with its format.
 */
export async function readMyData(db: Database, actor: Actor, input: ReadMyDataInput): Promise<AccessReport> {
  const now = input.now ?? new Date();
  await limitReports(db, actor.userId, now);
  if (input.format !== 'view') {
    await confirmIdentity(db, actor, input.password, input.ipAddress);
    await refuseOversizedDownload(db, actor);
  }
  const report = await collectAccessReport(db, actor, {
    processors: input.processors,
    graceDays: input.graceDays,
    rowLimit: ROW_LIMIT,
    includeFiles: input.format !== 'view',
    now,
  });
  await inTenant(db, actor.organisationId, (tx) =>
    recordAudit(tx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'personal_data.exported',
      targetType: 'user',
      targetId: actor.userId,
      ipAddress: input.ipAddress,
      details: { format: input.format },
    }),
  );
  return report;
}

// The download is built in memory, files in base64: beyond this it would not fit in one response.
const MAX_FILE_BYTES = 150 * 1024 * 1024;

/** A person with more files than one download can hold is told so, not given a broken download. */
export async function refuseOversizedDownload(db: Database, actor: Pick<Actor, 'organisationId' | 'userId'>) {
  const [row] = await inTenant(db, actor.organisationId, (tx) =>
    tx
      .select({ bytes: sql<number>`coalesce(sum(${incidentAttachments.byteSize}), 0)::bigint` })
      .from(incidentAttachments)
      .where(
        and(
          eq(incidentAttachments.organisationId, actor.organisationId),
          eq(incidentAttachments.uploadedBy, actor.userId),
        ),
      ),
  );
  if (Number(row?.bytes ?? 0) > MAX_FILE_BYTES) throw new DomainError('my_data_too_large', 413);
}
