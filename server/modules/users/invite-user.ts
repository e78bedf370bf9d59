import { eq, sql } from 'drizzle-orm';
import { enqueueMail } from '../../channels/email/enqueue-mail.js';
import type { Database, Transaction } from '../../db/database.js';
import { uuidv7 } from '../../db/ids.js';
import { organisations } from '../../db/schema/organisations.js';
import { users } from '../../db/schema/users.js';
import type { JobQueue } from '../../jobs/job-queue.js';
import type { Actor } from '../../policies/actor.js';
import { publicLink } from '../accounts/public-links.js';
import { issueUserToken } from '../accounts/user-tokens.js';
import { recordAudit } from '../audit/record-audit.js';
import { DomainError } from '../domain-error.js';

export interface NewMember {
  name: string;
  email: string;
  role: 'admin' | 'member';
  phone?: string | null;
  jobTitle?: string | null;
  language: 'nl' | 'en';
}

/**
 * Creates the account as "invited" and e-mails a link with which the person sets their own
 * password; nobody else ever knows it. Runs in the caller's transaction so an import of many
 * people is all or nothing.
 */
export async function inviteUserIn(
  tx: Transaction,
  jobs: JobQueue,
  publicUrl: string,
  actor: Actor,
  member: NewMember,
  audit: { ipAddress: string; via: 'invite' | 'import' },
): Promise<string> {
  const email = member.email.trim();
  const [taken] = await tx
    .select({ id: users.id })
    .from(users)
    .where(sql`lower(${users.email}) = ${email.toLowerCase()}`);
  if (taken)
    throw new DomainError('email_taken', 409, { fields: [{ path: 'email', message: 'email_taken' }] });
  const [inviter] = await tx.select({ name: users.name }).from(users).where(eq(users.id, actor.userId));
  const [organisation] = await tx
    .select({ name: organisations.name })
    .from(organisations)
    .where(eq(organisations.id, actor.organisationId));
  const userId = uuidv7();
  await tx.insert(users).values({
    id: userId,
    organisationId: actor.organisationId,
    email,
    name: member.name.trim(),
    phone: member.phone ?? null,
    jobTitle: member.jobTitle ?? null,
    role: member.role,
    language: member.language,
    status: 'invited',
  });
  const token = await issueUserToken(tx, {
    userId,
    organisationId: actor.organisationId,
    purpose: 'invitation',
  });
  await enqueueMail(tx, jobs, {
    organisationId: actor.organisationId,
    to: email,
    template: 'invitation',
    language: member.language,
    variables: {
      organisationName: organisation?.name ?? '',
      inviterName: inviter?.name ?? '',
      acceptUrl: publicLink(publicUrl, '/accept-invitation', token),
    },
  });
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: audit.via === 'import' ? 'user.imported' : 'user.invited',
    targetType: 'user',
    targetId: userId,
    ipAddress: audit.ipAddress,
  });
  return userId;
}

/** Invites one person. */
export function inviteUser(
  db: Database,
  jobs: JobQueue,
  publicUrl: string,
  actor: Actor,
  member: NewMember,
  ipAddress: string,
): Promise<string> {
  return db.transaction((tx) =>
    inviteUserIn(tx, jobs, publicUrl, actor, member, { ipAddress, via: 'invite' }),
  );
}
