import type { Database } from '../../../db/database.js';
import { uuidv7 } from '../../../db/ids.js';
import { dataBreaches } from '../../../db/schema/data-breaches.js';
import type { Actor } from '../../../policies/actor.js';
import type { BreachFacts } from './breach-facts.js';
import { refuseFutureDiscovery } from './breach-facts.js';
import { auditBreach, requireBreachStaff } from './breach-staff.js';

/**
 * Records a breach in the operator's register (art. 33(5)); its 72-hour clock runs from the moment
 * of discovery, whenever the record is made.
 */
export async function recordBreach(
  db: Database,
  actor: Actor,
  facts: BreachFacts,
  ipAddress: string,
  now: Date,
): Promise<{ id: string }> {
  await requireBreachStaff(db, actor);
  refuseFutureDiscovery(facts.discoveredAt, now);
  const id = uuidv7(now.getTime());
  await db.transaction(async (tx) => {
    await tx.insert(dataBreaches).values({
      id,
      ...facts,
      status: 'open',
      createdBy: actor.userId,
      createdAt: now,
      updatedAt: now,
    });
    await auditBreach(tx, actor, 'data_breach.recorded', id, ipAddress, {
      discoveredAt: facts.discoveredAt.toISOString(),
    });
  });
  return { id };
}
