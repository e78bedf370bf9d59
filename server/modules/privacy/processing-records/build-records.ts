import { DISCLOSURE_KINDS, type DisclosureKindId } from '../disclosures.js';
import { LEGAL_BASES } from '../legal-bases.js';
import { PURPOSE_IDS, PURPOSES } from '../purposes.js';
import type { ControllerDetails } from '../statement/controller-details.js';
import { STATEMENT_PHRASES } from '../statement/statement-phrases.js';
import type { StatementLanguage } from '../statement/statement-types.js';
import { type ActivitySources, buildActivity } from './build-activity.js';
import type { DisclosureCount, OrganisationFacts } from './record-facts.js';
import { RECORD_PHRASES } from './record-phrases.js';
import type { ProcessingRecords, RecordOrganisation, SecurityMeasure } from './record-types.js';
import type { SecurityMeasureEntry } from './security-measures.js';

/** Everything the records are made of; the caller reads the database and the configuration. */
export interface RecordSources extends ActivitySources {
  controller: ControllerDetails;
  securityMeasures: readonly SecurityMeasureEntry[];
  organisations: readonly OrganisationFacts[];
  disclosureCounts: readonly DisclosureCount[];
  statement: { version: number; publishedAt: Date; registersChangedSincePublication: boolean };
  now: Date;
}

/** `2026-12-03 10:00 UTC`: a record read anywhere, in no one's time zone. */
const utcMinute = (moment: Date) => `${moment.toISOString().slice(0, 16).replace('T', ' ')} UTC`;

const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (_match, key: string) => values[key] ?? '');

function party(details: ControllerDetails, lang: StatementLanguage) {
  const notSet = RECORD_PHRASES.notSet[lang];
  const contact = [
    ...details.postalAddress.split(/\r?\n/),
    details.chamberOfCommerceNumber
      ? `${STATEMENT_PHRASES.chamberOfCommerce[lang]}: ${details.chamberOfCommerceNumber}`
      : '',
    details.email,
    details.phone,
  ].filter((line) => line.trim() !== '');
  return {
    name: details.controllerName || notSet,
    contact: contact.length > 0 ? contact : [notSet],
    privacyOfficer: details.privacyOfficerContact || notSet,
  };
}

function organisationOf(
  facts: OrganisationFacts,
  lang: StatementLanguage,
  counts: readonly DisclosureCount[],
): RecordOrganisation {
  const measures: SecurityMeasure[] = [
    {
      id: 'second-factor',
      text: (facts.requireSecondFactor
        ? RECORD_PHRASES.secondFactorRequired
        : RECORD_PHRASES.secondFactorOptional)[lang],
    },
    {
      id: 'support-access',
      text: facts.supportAccessUntil
        ? fill(RECORD_PHRASES.supportAccessUntil[lang], { until: utcMinute(facts.supportAccessUntil) })
        : RECORD_PHRASES.noSupportAccess[lang],
    },
  ];
  return {
    id: facts.id,
    name: facts.name,
    customerSince: facts.createdAt.toISOString(),
    status: (facts.cancelledAt ? RECORD_PHRASES.cancelled : RECORD_PHRASES.customer)[lang],
    contact: fill(RECORD_PHRASES.contactViaAdmins[lang], { count: String(facts.adminCount) }),
    securityMeasures: measures,
    disclosuresRecorded: counts
      .filter((row) => row.organisationId === facts.id)
      .reduce((sum, row) => sum + row.count, 0),
  };
}

/**
 * The records of processing activities (GDPR art. 30), generated from the registers: one activity
 * per purpose as controller (30(1)); as processor (30(2)), the purposes the customer organisation
 * controls, for every customer. A new column, purpose or processor shows up without a change here.
 */
export function buildProcessingRecords(lang: StatementLanguage, sources: RecordSources): ProcessingRecords {
  const measures = sources.securityMeasures.map((entry) => ({ id: entry.id, text: entry.text[lang] }));
  const operator = party(sources.controller, lang);
  const customerPurposes = PURPOSE_IDS.filter((id) => PURPOSES[id].controller === 'customer-organisation');
  return {
    language: lang,
    generatedAt: sources.now.toISOString(),
    statement: {
      version: sources.statement.version,
      publishedAt: sources.statement.publishedAt.toISOString(),
      registersChangedSincePublication: sources.statement.registersChangedSincePublication,
    },
    controllerRecord: {
      controller: operator,
      activities: PURPOSE_IDS.map((id) => buildActivity(id, lang, sources)),
      thirdParties: (Object.keys(DISCLOSURE_KINDS) as DisclosureKindId[]).map((id) => {
        const kind = DISCLOSURE_KINDS[id];
        return {
          id,
          name: kind.name[lang],
          recipient: kind.recipient[lang],
          legalBases: kind.legalBases.map((basis) => LEGAL_BASES[basis][lang]),
          recorded: sources.disclosureCounts
            .filter((row) => row.kind === id)
            .reduce((sum, row) => sum + row.count, 0),
        };
      }),
      securityMeasures: measures,
    },
    processorRecord: {
      processor: operator,
      activities: customerPurposes.map((id) => ({
        ...buildActivity(id, lang, sources),
        capacity: RECORD_PHRASES.asProcessor[lang],
      })),
      organisations: sources.organisations.map((facts) =>
        organisationOf(facts, lang, sources.disclosureCounts),
      ),
      securityMeasures: measures,
    },
  };
}
