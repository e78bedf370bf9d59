import { and, eq, inArray } from 'drizzle-orm';
import { enqueueMail } from '../../../channels/email/enqueue-mail.js';
import { dataBreachOrganisations } from '../../../db/schema/data-breaches.js';
import { organisations } from '../../../db/schema/organisations.js';
import { users } from '../../../db/schema/users.js';
import type { Actor } from '../../../policies/actor.js';
import { DomainError } from '../../domain-error.js';
import type { BreachContext } from './breach-context.js';
import { auditBreach, requireBreachStaff } from './breach-staff.js';
import { lockOpenBreach } from './breach-store.js';

/**
 * Marks customer organisations as affected by a breach and e-mails their active admins in the
 * same transaction (art. 33(2): the processor tells each controller without undue delay), so the
 * mail exists exactly when the mark does. An organisation marked before is not mailed again.
 */
export async function markAffectedOrganisations(
  ctx: BreachContext,
  actor: Actor,
  id: string,
  organisationIds: readonly string[],
  ipAddress: string,
): Promise<{ marked: number; mails: number }> {
  await requireBreachStaff(ctx.db, actor);
  const now = ctx.clock();
  const wanted = [...new Set(organisationIds)];
  return ctx.db.transaction(async (tx) => {
    const breach = await lockOpenBreach(tx, id);
    const found = await tx
      .select({ id: organisations.id, name: organisations.name })
      .from(organisations)
      .where(and(inArray(organisations.id, wanted), eq(organisations.isOperator, false)));
    if (found.length !== wanted.length) throw new DomainError('data_breach_organisation_unknown', 400);
    const marked = await tx
      .insert(dataBreachOrganisations)
      .values(
        found.map((organisation) => ({ breachId: id, organisationId: organisation.id, notifiedAt: now })),
      )
      .onConflictDoNothing()
      .returning({ organisationId: dataBreachOrganisations.organisationId });
    let mails = 0;
    for (const { organisationId } of marked) {
      const organisationName = found.find((organisation) => organisation.id === organisationId)?.name ?? '';
      const admins = await tx
        .select({ email: users.email, language: users.language })
        .from(users)
        .where(
          and(eq(users.organisationId, organisationId), eq(users.role, 'admin'), eq(users.status, 'active')),
        );
      for (const admin of admins) {
        await enqueueMail(tx, ctx.jobs, {
          organisationId,
          to: admin.email,
          template: 'data-breach-affected',
          language: admin.language,
          variables: {
            organisationName,
            discoveredAt: breach.discoveredAt.toISOString(),
            description: breach.description,
            dataCategories: breach.dataCategories,
            peopleCategories: breach.peopleCategories,
            likelyConsequences: breach.likelyConsequences,
            measures: breach.measures,
            contactPoint: breach.contactPoint,
            breachesUrl: `${ctx.publicUrl}/admin/breaches`,
          },
        });
        mails += 1;
      }
    }
    if (marked.length > 0)
      await auditBreach(tx, actor, 'data_breach.organisations_marked', id, ipAddress, {
        organisationIds: marked.map((row) => row.organisationId),
        mails,
      });
    return { marked: marked.length, mails };
  });
}
