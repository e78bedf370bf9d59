// Typed by en.ts (Messages) and compared key by key in test/privacy/processing-records.test.ts;
// no import of the Dutch file, so the server's tests can read this one too.
export const processingRecordsEn = {
  processingRecords: {
    title: 'Records of processing activities',
    intro:
      'The records of processing activities (GDPR article 30), generated from the data map, the purposes, the processors and this installation’s settings. They are always current: a new kind of data or a new processor appears by itself.',
    generatedOn: 'Generated on {{date}}',
    statementVersion: 'Goes with privacy statement version {{version}} of {{date}}',
    readStatement: 'Read that version',
    registersChanged:
      'The registers have changed since this version of the privacy statement was published. Publish a new version, so that statement and records say the same.',
    downloads: 'Download',
    downloadCsv: 'As CSV (spreadsheet)',
    downloadJson: 'As JSON',
    print: 'Print',
    contents: 'Processing activities',
    controllerTitle: 'As controller (article 30(1))',
    controllerIntro: 'One processing activity per purpose in the purposes register.',
    processorTitle: 'As processor for customer organisations (article 30(2))',
    processorIntro:
      'The operator carries out these activities on behalf of each customer organisation below. The organisation is the controller.',
    party: {
      controller: 'Controller',
      processor: 'Processor',
      name: 'Name',
      contact: 'Contact details',
      privacyOfficer: 'Data protection officer / privacy contact',
    },
    activity: {
      description: 'Description',
      capacity: 'Capacity of the operator',
      legalBases: 'Legal basis',
      dataSubjects: 'Categories of data subjects',
      personalData: 'Categories of personal data',
      recipients: 'Recipients and (sub-)processors',
      transfers: 'Transfers outside the EEA',
      retention: 'Retention periods',
      none: 'None',
      noneInDataMap: 'No personal data for this purpose in the data map',
    },
    recipient: {
      location: 'Location',
      agreement: 'Processing agreement of {{date}}',
      noAgreement: 'Date of the processing agreement not recorded',
    },
    thirdPartiesTitle: 'Disclosure to third parties',
    thirdParties: {
      caption: 'Kinds of disclosure to third parties, with the number of recorded disclosures',
      kind: 'Kind',
      recipient: 'Recipient',
      legalBases: 'Legal basis',
      recorded: 'Recorded',
    },
    securityTitle: 'Security measures',
    organisationsTitle: 'Customer organisations',
    organisations: {
      caption: 'Customer organisations for which the operator is processor',
      name: 'Organisation',
      since: 'Customer since',
      status: 'Status',
      contact: 'Contact',
      measures: 'Own measures',
      disclosures: 'Recorded disclosures',
      none: 'There are no customer organisations yet.',
    },
  },
};
