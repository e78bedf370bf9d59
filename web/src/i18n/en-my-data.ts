import type { myDataNl } from './nl-my-data';

/** "My data": the access report and the downloads (P17). */
export const myDataEn: typeof myDataNl = {
  myData: {
    title: 'My data',
    intro:
      'Everything Baken keeps about you, with its purpose, legal basis, retention period, source and who receives it. Your organisation ({{organisation}}) is responsible for your account and the crisis work; the operator of Baken for the security of the platform.',
    generatedAt: 'Compiled on {{time}}.',
    contents: 'Contents',
    foundBy: 'Found through: {{how}}',
    count: 'Number: {{count}}',
    shownFirst: 'The first {{shown}} of {{count}} are shown here; the JSON file holds them all.',
    truncated:
      'There are {{count}}; the JSON file also holds the first {{shown}}. Ask your organisation’s privacy contact for the rest.',
    you: 'you',
    empty: '—',
    file: 'File of {{size}} bytes (in the JSON file)',
    notShown: 'Not shown',
    details: 'Other attributes',
    why: 'Why, on which ground and for how long',
    purpose: 'Purpose',
    legalBasis: 'Legal basis',
    retention: 'Retention',
    source: 'Source',
    recipients: 'Recipients',
    portable: 'Provided by you: included in the ZIP file to take elsewhere.',
    recipientsTitle: 'Who receives your data',
    rightsTitle: 'Your rights',
    complaintTitle: 'Making a complaint',
    download: {
      title: 'Download',
      intro: 'Enter your password again to download your data. This way we know it is you.',
      format: 'What would you like to download?',
      json: 'The complete report (JSON)',
      jsonHint: 'Everything on this page, as one file, with attachments.',
      zip: 'To take elsewhere (ZIP with JSON and CSV)',
      zipHint:
        'What you provided yourself, in documented formats other programs can read; explained in README.txt.',
      password: 'Your password',
      submit: 'Download',
      done: 'The file has been downloaded.',
    },
  },
};
