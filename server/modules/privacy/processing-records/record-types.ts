import type { ProcessorRole } from '../processor-entries.js';
import type { StatementLanguage } from '../statement/statement-types.js';

// The records of processing activities (GDPR art. 30) in one language, as the page, the JSON and
// the CSV show them. Every text is already in the reader's language.

/** A group of values under a heading: "Contactgegevens: E-mailadres, Telefoonnummer". */
export interface RecordGroup {
  heading: string;
  items: string[];
}

/** Whether a recipient's data leaves the European Economic Area, as its location says. */
export type TransferStatus = 'inside-eea' | 'outside-eea' | 'not-established';

/** A processor or independent party that receives data for an activity (art. 30(1)(d), (e)). */
export interface RecordRecipient {
  id: string;
  name: string;
  /** `processor` needs an agreement (art. 28); an `independent` party works under its own terms. */
  kind: ProcessorRole;
  role: string;
  task: string;
  dataKinds: string;
  location: string;
  transfer: TransferStatus;
  transferText: string;
  safeguards: string;
  agreementDate: string | null;
}

/** One processing activity: one purpose of the purposes register. */
export interface RecordActivity {
  purposeId: string;
  name: string;
  description: string;
  /** In which capacity the operator carries it out, in words. */
  capacity: string;
  legalBases: string[];
  basisNote: string;
  dataSubjects: string[];
  personalData: RecordGroup[];
  recipients: RecordRecipient[];
  retention: RecordGroup[];
}

/** A kind of disclosure to third parties (P11), with how many were recorded. */
export interface RecordDisclosureKind {
  id: string;
  name: string;
  recipient: string;
  legalBases: string[];
  recorded: number;
}

export interface SecurityMeasure {
  id: string;
  text: string;
}

/** The art. 30(1) record: the operator as controller. */
export interface ControllerRecord {
  controller: { name: string; contact: string[]; privacyOfficer: string };
  activities: RecordActivity[];
  thirdParties: RecordDisclosureKind[];
  securityMeasures: SecurityMeasure[];
}

/** One customer organisation, for whom the operator is processor (art. 30(2)(a)). */
export interface RecordOrganisation {
  id: string;
  name: string;
  customerSince: string;
  /** Cancelled organisations stay listed until their erasure: the processing goes on until then. */
  status: string;
  contact: string;
  /** The measures that differ per organisation (second factor, support access). */
  securityMeasures: SecurityMeasure[];
  disclosuresRecorded: number;
}

/** The art. 30(2) record: the operator as processor for each customer organisation. */
export interface ProcessorRecord {
  processor: { name: string; contact: string[]; privacyOfficer: string };
  /** The categories of processing carried out for every organisation below (art. 30(2)(b)). */
  activities: RecordActivity[];
  organisations: RecordOrganisation[];
  securityMeasures: SecurityMeasure[];
}

export interface ProcessingRecords {
  language: StatementLanguage;
  generatedAt: string;
  statement: { version: number; publishedAt: string; registersChangedSincePublication: boolean };
  controllerRecord: ControllerRecord;
  processorRecord: ProcessorRecord;
}
