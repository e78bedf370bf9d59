import type { Database } from '../../../db/database.js';
import type { Actor } from '../../../policies/actor.js';
import { canHandlePlatformRequests } from '../../../policies/privacy-requests.js';
import { forbidden } from '../../domain-error.js';
import { operatorRoleOf } from '../../operator/find-operator-role.js';
import { listQueue, type PrivacyRequestRow } from './request-store.js';

/**
 * The requests the actor handles: the platform's when they are its privacy officer or a platform
 * admin, their organisation's when they are its admin (its privacy contact). Others: 403.
 */
export async function listHandlerQueue(db: Database, actor: Actor): Promise<PrivacyRequestRow[]> {
  const platform = canHandlePlatformRequests(await operatorRoleOf(db, actor.userId));
  const organisation = actor.role === 'admin';
  if (!platform && !organisation) throw forbidden();
  const rows = [
    ...(platform ? await listQueue(db, null) : []),
    ...(organisation ? await listQueue(db, actor.organisationId) : []),
  ];
  // Open requests first, soonest due first; then the closed ones, latest first.
  return rows.sort((a, b) => {
    if ((a.closedAt === null) !== (b.closedAt === null)) return a.closedAt === null ? -1 : 1;
    if (a.closedAt && b.closedAt) return b.closedAt.getTime() - a.closedAt.getTime();
    return (a.extendedUntil ?? a.dueAt).getTime() - (b.extendedUntil ?? b.dueAt).getTime();
  });
}
