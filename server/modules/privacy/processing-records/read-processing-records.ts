import type { Config } from '../../../config/config.js';
import type { Database } from '../../../db/database.js';
import type { Actor } from '../../../policies/actor.js';
import { canHandlePlatformRequests } from '../../../policies/privacy-requests.js';
import { forbidden } from '../../domain-error.js';
import { operatorRoleOf } from '../../operator/find-operator-role.js';
import { DATA_MAP } from '../data-map.js';
import type { ProcessorConfig } from '../processor-entries.js';
import { processorsFor } from '../processors.js';
import { readControllerDetails } from '../statement/controller-details.js';
import { readStatement } from '../statement/read-statement.js';
import type { StatementLanguage } from '../statement/statement-types.js';
import { buildProcessingRecords } from './build-records.js';
import { countDisclosures, listOrganisationFacts } from './record-facts.js';
import type { ProcessingRecords } from './record-types.js';
import { type SecurityConfig, securityMeasuresFor } from './security-measures.js';

export type RecordsConfig = ProcessorConfig & SecurityConfig & Pick<Config, 'ERASURE_GRACE_DAYS'>;

/**
 * The records of processing activities as they are now, for the operator's privacy officer or a
 * platform admin: the same staff who answer the platform's privacy requests. Anyone else: 403.
 */
export async function readProcessingRecords(
  db: Database,
  actor: Actor,
  config: RecordsConfig,
  lang: StatementLanguage,
  now = new Date(),
): Promise<ProcessingRecords> {
  if (!canHandlePlatformRequests(await operatorRoleOf(db, actor.userId))) throw forbidden();
  // The statement version the records go with: the same registers, published or not yet.
  const statement = await readStatement(db, { config }, lang);
  return buildProcessingRecords(lang, {
    dataMap: DATA_MAP,
    processors: processorsFor(config),
    graceDays: config.ERASURE_GRACE_DAYS,
    controller: await readControllerDetails(db),
    securityMeasures: securityMeasuresFor(config),
    organisations: await listOrganisationFacts(db, now),
    disclosureCounts: await countDisclosures(db),
    statement,
    now,
  });
}
