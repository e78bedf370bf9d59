import type { BilingualText } from '../../../../common/privacy/browser-storage.js';
import type { ExportHeading, PersonalDataCategory } from '../personal-data/categories.js';

/** Who put a value into Baken, as the access report tells the person (GDPR art. 15(1)(g)). */
export type DataSource = 'person' | 'organisation' | 'platform';

/** One personal-data column as the report explains it: what, why, on which ground, how long, to whom. */
export interface AccessReportField {
  column: string;
  description: BilingualText;
  category: PersonalDataCategory;
  /** `value`: the values are in the rows; `described`: a secret or hash, never shown, `shownAs` says what it is. */
  export: 'value' | 'described';
  shownAs?: BilingualText;
  /** Provided by the person and part of the portability download (art. 20). */
  portable: boolean;
  purpose: { id: string; name: BilingualText; description: BilingualText };
  legalBasis: { id: string; article: string; name: BilingualText };
  retention: BilingualText;
  source: { kind: DataSource; text: BilingualText };
  /** Ids of `AccessReport.recipients` that receive this kind of data. */
  recipients: string[];
}

/** One row: the mapped values (described fields left out) and the row's own ids, times and statuses. */
export interface AccessReportRow {
  values: Record<string, unknown>;
  details: Record<string, unknown>;
}

/** The rows of one table that are about the person, found one way (`foundBy`). */
export interface AccessReportTable {
  table: string;
  foundBy: BilingualText;
  fields: AccessReportField[];
  rows: AccessReportRow[];
  /** How many rows there are; more than `rows.length` when the report was cut at its row limit. */
  rowCount: number;
  truncated: boolean;
}

export interface AccessReportSection {
  heading: ExportHeading;
  title: BilingualText;
  tables: AccessReportTable[];
}

export interface AccessReportRecipient {
  id: string;
  name: BilingualText;
  kind: 'processor' | 'independent' | 'disclosure';
  task: BilingualText;
  location: BilingualText | null;
}

/** The access report (GDPR art. 15) of one person: every personal datum Baken holds about them. */
export interface AccessReport {
  format: 'baken-access-report';
  version: 1;
  generatedAt: string;
  subject: { userId: string; name: string; email: string; organisation: { id: string; name: string } };
  sections: AccessReportSection[];
  recipients: AccessReportRecipient[];
  rights: BilingualText;
  complaint: BilingualText;
}
