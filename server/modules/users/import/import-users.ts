import { eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../../../db/database.js';
import { teamMembers, teams } from '../../../db/schema/teams.js';
import { users } from '../../../db/schema/users.js';
import type { Language } from '../../../i18n/language.js';
import type { JobQueue } from '../../../jobs/job-queue.js';
import type { Actor } from '../../../policies/actor.js';
import { DomainError } from '../../domain-error.js';
import { defaultRoleId } from '../../roles/default-role.js';
import { inviteUserIn } from '../invite-user.js';
import { FILE_PROBLEM_TEXTS, ROW_PROBLEM_TEXTS } from './import-messages.js';
import { type ImportRow, validateImport } from './validate-import.js';

async function organisationTeams(db: Database, organisationId: string) {
  const rows = await db
    .select({ id: teams.id, name: teams.name })
    .from(teams)
    .where(eq(teams.organisationId, organisationId));
  return new Map(rows.map((team) => [team.name.toLowerCase(), team.id]));
}

const LOOKUP_CHUNK = 1000;

async function takenEmails(db: Database, rows: ImportRow[]): Promise<Set<string>> {
  // Addresses are unique across the platform, so this looks beyond the organisation; the preview
  // only ever reports addresses that appear in the admin's own file.
  const candidates = [...new Set(rows.map((row) => row.email.toLowerCase()).filter(Boolean))];
  const taken = new Set<string>();
  for (let start = 0; start < candidates.length; start += LOOKUP_CHUNK) {
    const found = await db
      .select({ email: sql<string>`lower(${users.email})` })
      .from(users)
      .where(inArray(sql`lower(${users.email})`, candidates.slice(start, start + LOOKUP_CHUNK)));
    for (const row of found) taken.add(row.email);
  }
  return taken;
}

function explain(rows: ImportRow[], language: Language) {
  return rows.map((row) => ({
    ...row,
    problems: row.problems.map(({ problem, detail }) => ({
      code: problem,
      message: ROW_PROBLEM_TEXTS[problem][language](detail),
    })),
  }));
}

/** What an import of this file would do, row by row, without writing anything. */
export async function previewImport(db: Database, actor: Actor, csv: string, language: Language) {
  const teamIds = await organisationTeams(db, actor.organisationId);
  const teamNames = new Set(teamIds.keys());
  // First the file's own shape (size, columns), then the rows against who already has an account.
  const firstPass = validateImport(csv, new Set(), teamNames);
  const { rows, fileProblem } = firstPass.fileProblem
    ? firstPass
    : validateImport(csv, await takenEmails(db, firstPass.rows), teamNames);
  if (fileProblem)
    throw new DomainError('import_file_invalid', 400, {
      fields: [{ path: 'csv', message: FILE_PROBLEM_TEXTS[fileProblem][language] }],
    });
  const invalid = rows.filter((row) => row.problems.length > 0).length;
  return { rows: explain(rows, language), valid: rows.length - invalid, invalid };
}

/**
 * Invites everyone in the file in one transaction. With errors in the file nothing is imported,
 * unless the admin chose to import only the valid rows.
 */
export async function importUsers(
  db: Database,
  jobs: JobQueue,
  publicUrl: string,
  actor: Actor,
  input: { csv: string; onlyValidRows: boolean; language: Language; ipAddress: string },
) {
  const preview = await previewImport(db, actor, input.csv, input.language);
  if (preview.invalid > 0 && !input.onlyValidRows) {
    throw new DomainError('import_has_errors', 422, {
      fields: preview.rows.flatMap((row) =>
        row.problems.map((problem) => ({ path: `line ${row.line}`, message: problem.message })),
      ),
    });
  }
  const teamIds = await organisationTeams(db, actor.organisationId);
  const valid = preview.rows.filter((row) => row.problems.length === 0);
  await db.transaction(async (tx) => {
    const roleId = valid.some((row) => row.teams.length > 0)
      ? await defaultRoleId(tx, actor.organisationId)
      : undefined;
    for (const row of valid) {
      const userId = await inviteUserIn(
        tx,
        jobs,
        publicUrl,
        actor,
        { name: row.name, email: row.email, phone: row.phone, role: 'member', language: input.language },
        { ipAddress: input.ipAddress, via: 'import' },
      );
      for (const team of new Set(row.teams.map((name) => name.toLowerCase()))) {
        const teamId = teamIds.get(team);
        if (teamId && roleId)
          await tx
            .insert(teamMembers)
            .values({ organisationId: actor.organisationId, teamId, userId, roleId });
      }
    }
  });
  return { imported: valid.length, skipped: preview.invalid };
}
