import type { Transaction } from '../../db/database.js';
import type { Actor } from '../../policies/actor.js';
import { readableIncident } from '../incidents/incident-access.js';
import { readTasks } from './task-view.js';

/** The incident's tasks, overdue first, for everyone who may read the incident. */
export async function listTasks(tx: Transaction, actor: Actor, incidentId: string) {
  await readableIncident(tx, actor, incidentId);
  return readTasks(tx, actor.organisationId, incidentId);
}
