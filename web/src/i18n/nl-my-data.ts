/** "Mijn gegevens": the access report and the downloads (P17). */
export const myDataNl = {
  myData: {
    title: 'Mijn gegevens',
    intro:
      'Alles wat Baken over u bewaart, met het doel, de grondslag, de bewaartermijn, de herkomst en wie het ontvangt. Uw organisatie ({{organisation}}) is verantwoordelijk voor uw account en het crisiswerk; de beheerder van Baken voor de beveiliging van het platform.',
    generatedAt: 'Opgesteld op {{time}}.',
    contents: 'Inhoud',
    foundBy: 'Gevonden via: {{how}}',
    count: 'Aantal: {{count}}',
    shownFirst: 'Hier staan de eerste {{shown}} van {{count}}; het JSON-bestand bevat ze allemaal.',
    truncated:
      'Er zijn er {{count}}; ook het JSON-bestand bevat de eerste {{shown}}. Vraag de rest op bij de privacycontactpersoon van uw organisatie.',
    you: 'u',
    empty: '—',
    file: 'Bestand van {{size}} bytes (in het JSON-bestand)',
    notShown: 'Niet getoond',
    details: 'Overige kenmerken',
    why: 'Waarom, op welke grond en hoe lang',
    purpose: 'Doel',
    legalBasis: 'Grondslag',
    retention: 'Bewaartermijn',
    source: 'Herkomst',
    recipients: 'Ontvangers',
    portable: 'Door u verstrekt: zit in het ZIP-bestand om mee te nemen.',
    recipientsTitle: 'Wie uw gegevens ontvangt',
    rightsTitle: 'Uw rechten',
    complaintTitle: 'Een klacht indienen',
    download: {
      title: 'Downloaden',
      intro: 'Vul uw wachtwoord opnieuw in om uw gegevens te downloaden. Zo weten we zeker dat u het bent.',
      format: 'Wat wilt u downloaden?',
      json: 'Het volledige overzicht (JSON)',
      jsonHint: 'Alles op deze pagina, als één bestand, met bijlagen.',
      zip: 'Om mee te nemen (ZIP met JSON en CSV)',
      zipHint:
        'Wat u zelf verstrekte, in vastgelegde formaten die andere programma’s kunnen lezen; uitleg in LEESMIJ (README.txt).',
      password: 'Uw wachtwoord',
      submit: 'Downloaden',
      done: 'Het bestand is gedownload.',
    },
  },
};
