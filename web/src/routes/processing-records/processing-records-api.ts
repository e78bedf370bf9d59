import { apiRequest } from '../../api/api-client';

// The records of processing activities (ProcessingRecords in the OpenAPI document), already in
// the language of the request.

export interface RecordGroup {
  heading: string;
  items: string[];
}

export interface RecordRecipient {
  id: string;
  name: string;
  kind: 'processor' | 'independent';
  role: string;
  task: string;
  dataKinds: string;
  location: string;
  transfer: 'inside-eea' | 'outside-eea' | 'not-established';
  transferText: string;
  safeguards: string;
  agreementDate: string | null;
}

export interface RecordActivity {
  purposeId: string;
  name: string;
  description: string;
  capacity: string;
  legalBases: string[];
  basisNote: string;
  dataSubjects: string[];
  personalData: RecordGroup[];
  recipients: RecordRecipient[];
  retention: RecordGroup[];
}

export interface RecordParty {
  name: string;
  contact: string[];
  privacyOfficer: string;
}

export interface SecurityMeasure {
  id: string;
  text: string;
}

export interface RecordOrganisation {
  id: string;
  name: string;
  customerSince: string;
  status: string;
  contact: string;
  securityMeasures: SecurityMeasure[];
  disclosuresRecorded: number;
}

export interface ProcessingRecords {
  language: 'nl' | 'en';
  generatedAt: string;
  statement: { version: number; publishedAt: string; registersChangedSincePublication: boolean };
  controllerRecord: {
    controller: RecordParty;
    activities: RecordActivity[];
    thirdParties: { id: string; name: string; recipient: string; legalBases: string[]; recorded: number }[];
    securityMeasures: SecurityMeasure[];
  };
  processorRecord: {
    processor: RecordParty;
    activities: RecordActivity[];
    organisations: RecordOrganisation[];
    securityMeasures: SecurityMeasure[];
  };
}

const PATH = '/api/operator/processing-records';

export const fetchProcessingRecords = (signal: AbortSignal) =>
  apiRequest<ProcessingRecords>('GET', PATH, { signal });

/** A plain download link (the session cookie goes along), in the language on screen. */
export const processingRecordsDownloadUrl = (kind: 'csv' | 'json', language: string) =>
  `${PATH}/export.${kind}?${new URLSearchParams({ lang: language })}`;
