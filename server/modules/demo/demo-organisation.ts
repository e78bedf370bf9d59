/** The demo organisation a first embedded start creates, so a new user sees a living product. */
export const DEMO_ORGANISATION = { name: 'Gemeente Voorbeeld', slug: 'gemeente-voorbeeld' };

export const DEMO_USERS = [
  {
    key: 'anna',
    name: 'Anna de Vries',
    email: 'beheerder@voorbeeld.nl',
    role: 'admin',
    jobTitle: 'Adviseur crisisbeheersing',
    phone: '+31 6 1234 5601',
  },
  {
    key: 'bram',
    name: 'Bram Jansen',
    email: 'burgemeester@voorbeeld.nl',
    role: 'member',
    jobTitle: 'Burgemeester',
    phone: '+31 6 1234 5602',
  },
  {
    key: 'carla',
    name: 'Carla Bakker',
    email: 'communicatie@voorbeeld.nl',
    role: 'member',
    jobTitle: 'Communicatieadviseur',
    phone: '+31 6 1234 5603',
  },
  {
    key: 'daan',
    name: 'Daan Visser',
    email: 'notulist@voorbeeld.nl',
    role: 'member',
    jobTitle: 'Informatiemanager',
    phone: '+31 6 1234 5604',
  },
  {
    key: 'eva',
    name: 'Eva Smit',
    email: 'facilitair@voorbeeld.nl',
    role: 'member',
    jobTitle: 'Hoofd facilitaire zaken',
    phone: '+31 6 1234 5605',
  },
] as const;

type DemoUserKey = (typeof DEMO_USERS)[number]['key'];

/** The roles people hold in the demo teams; "Lid" is what a new team member gets. */
export const DEMO_ROLES: { name: string; description: string; isDefault?: boolean }[] = [
  { name: 'Voorzitter', description: 'Leidt het overleg en neemt de besluiten.' },
  { name: 'Adviseur', description: 'Adviseert over crisisbeheersing en procedures.' },
  { name: 'Communicatie', description: 'Zorgt voor berichten aan pers, inwoners en medewerkers.' },
  { name: 'Notulist', description: 'Houdt het logboek en de besluitenlijst bij.' },
  { name: 'Facilitair', description: 'Regelt locatie, middelen en opvang.' },
  { name: 'Informatiemanager', description: 'Bewaakt het gedeelde beeld.' },
  { name: 'Lid', description: 'Teamlid zonder bijzondere rol.', isDefault: true },
];

export const DEMO_TEAMS: {
  key: string;
  name: string;
  description: string;
  members: [DemoUserKey, string][];
}[] = [
  {
    key: 'gbt',
    name: 'Gemeentelijk Beleidsteam',
    description: 'Neemt bestuurlijke besluiten tijdens een crisis.',
    members: [
      ['bram', 'Voorzitter'],
      ['anna', 'Adviseur'],
      ['carla', 'Communicatie'],
      ['daan', 'Notulist'],
    ],
  },
  {
    key: 'ot',
    name: 'Operationeel Team',
    description: 'Coördineert de uitvoering: opvang, facilitair, informatie.',
    members: [
      ['anna', 'Voorzitter'],
      ['eva', 'Facilitair'],
      ['daan', 'Informatiemanager'],
    ],
  },
];

/** Kinds of logbook entry, in this order. */
export const DEMO_CLASSIFICATIONS = ['Melding', 'Besluit', 'Actie', 'Informatie', 'Communicatie'];

export const DEMO_LOGBOOK_LABELS = ['Pers', 'Slachtoffers', 'Verkeer', 'Omgeving'];

export const DEMO_LOCATIONS = [
  {
    key: 'gemeentehuis',
    name: 'Gemeentehuis Voorbeeld',
    address: 'Raadhuisplein 1, 3971 GA Voorbeeld',
    latitude: 52.0526,
    longitude: 5.2795,
    description: 'Crisiscentrum in de raadzaal op de eerste verdieping; sleutel bij de bode.',
    labels: ['crisiscentrum'],
  },
  {
    key: 'kazerne',
    name: 'Uitwijklocatie Brandweerkazerne',
    address: 'Brandweerweg 12, 3972 KR Voorbeeld',
    latitude: 52.0461,
    longitude: 5.2914,
    description: 'Vergaderruimte boven de garage; noodstroom en eigen internetverbinding.',
    labels: ['uitwijklocatie'],
  },
  {
    key: 'sporthal',
    name: 'Opvanglocatie Sporthal De Wissel',
    address: 'Sportlaan 5, 3973 BH Voorbeeld',
    latitude: 52.0592,
    longitude: 5.2701,
    description: 'Opvang voor ongeveer 300 mensen; beheerder bereikbaar via de gemeente.',
    labels: ['opvang'],
  },
] as const;

type DemoLocationKey = (typeof DEMO_LOCATIONS)[number]['key'];

export const DEMO_SITUATION_TEMPLATES = [
  {
    key: 'bob',
    name: 'BOB (beeld-, oordeels-, besluitvorming)',
    sections: [
      {
        key: 'beeldvorming',
        title: 'Beeldvorming',
        hint: 'Wat is er gebeurd, waar en sinds wanneer? Wie zijn betrokken, wat is (nog) onbekend?',
      },
      {
        key: 'oordeelsvorming',
        title: 'Oordeelsvorming',
        hint: 'Wat betekent dit? Welke risico’s en dilemma’s zien we, wat kan er nog gebeuren?',
      },
      {
        key: 'besluitvorming',
        title: 'Besluitvorming',
        hint: 'Welke besluiten nemen we, wie voert ze uit en wanneer kijken we opnieuw?',
      },
      {
        key: 'communicatie',
        title: 'Communicatie',
        hint: 'Wat vertellen we aan inwoners, pers en medewerkers, via welk kanaal en wanneer?',
      },
    ],
  },
] as const;

export const DEMO_TEAM_TEMPLATES = [
  {
    name: 'Beleidsteam',
    description: 'Bestuurlijk team onder leiding van de burgemeester.',
    roles: ['Voorzitter', 'Adviseur', 'Communicatie', 'Notulist'],
  },
];

interface DemoScenario {
  title: string;
  description: string;
  alertText: string;
  teams: string[];
  location: DemoLocationKey;
  labels: string[];
  situationTemplate: (typeof DEMO_SITUATION_TEMPLATES)[number]['key'];
  opensChat: boolean;
  initialTasks: { title: string; checklist: string[] }[];
}

export const DEMO_SCENARIOS: DemoScenario[] = [
  {
    title: 'Brand in gebouw',
    description:
      'Brand of rookontwikkeling in een gemeentelijk gebouw; ontruiming en opvang van medewerkers en bezoekers.',
    alertText:
      'Brand in een gemeentelijk gebouw. Het beleidsteam komt bijeen in de uitwijklocatie (brandweerkazerne).',
    teams: ['gbt', 'ot'],
    location: 'kazerne',
    labels: ['Brand', 'Ontruiming'],
    situationTemplate: 'bob',
    opensChat: true,
    initialTasks: [
      {
        title: 'Ontruiming bevestigen bij BHV',
        checklist: [
          'BHV-coördinator gebeld',
          'Aanwezigen geteld op de verzamelplaats',
          'Vermiste personen doorgegeven aan de brandweer',
        ],
      },
      {
        title: 'Opvanglocatie inrichten',
        checklist: [
          'Sporthal De Wissel ingeschakeld',
          'Koffie, thee en dekens geregeld',
          'Registratie van opgevangen mensen',
        ],
      },
      {
        title: 'Eerste bericht aan medewerkers',
        checklist: ['Tekst afgestemd met de voorzitter', 'Verstuurd via intranet en sms'],
      },
    ],
  },
  {
    title: 'Stroomstoring',
    description:
      'Langdurige stroomuitval in (een deel van) de gemeente; kwetsbare inwoners en vitale processen.',
    alertText: 'Langdurige stroomstoring. Het operationeel team komt bijeen in het gemeentehuis.',
    teams: ['ot'],
    location: 'gemeentehuis',
    labels: ['Stroomstoring', 'Vitale processen'],
    situationTemplate: 'bob',
    opensChat: true,
    initialTasks: [
      {
        title: 'Contact met netbeheerder',
        checklist: ['Getroffen gebied bekend', 'Verwachte duur bekend', 'Volgend contactmoment afgesproken'],
      },
      {
        title: 'Kwetsbare inwoners in beeld brengen',
        checklist: ['Thuiszorg en wijkteams gebeld', 'Lijst met thuisbeademing en zuurstof opgevraagd'],
      },
      {
        title: 'Noodstroom controleren',
        checklist: ['Aggregaat gemeentehuis getest', 'Brandstof voor 48 uur aanwezig'],
      },
    ],
  },
  {
    title: 'Cyberaanval',
    description:
      'Gijzelsoftware of een datalek raakt de gemeentelijke systemen; dienstverlening en gegevens van inwoners lopen gevaar.',
    alertText:
      'Cyberaanval op de gemeentelijke systemen. Gebruik geen gemeentelijke e-mail; het beleidsteam komt bijeen in het gemeentehuis.',
    teams: ['gbt', 'ot'],
    location: 'gemeentehuis',
    labels: ['Cyber', 'Datalek'],
    situationTemplate: 'bob',
    opensChat: true,
    initialTasks: [
      {
        title: 'Getroffen systemen isoleren',
        checklist: [
          'ICT-leverancier gebeld',
          'Netwerkverbinding getroffen systemen verbroken',
          'Back-ups veiliggesteld',
        ],
      },
      {
        title: 'Melding bij Autoriteit Persoonsgegevens voorbereiden',
        checklist: ['Functionaris gegevensbescherming ingelicht', 'Binnen 72 uur na ontdekking melden'],
      },
      {
        title: 'Dienstverlening aan inwoners regelen',
        checklist: ['Balie en telefoon op noodprocedure', 'Bericht op de website'],
      },
    ],
  },
];

/**
 * On-call rosters ("piket"): weekly turns from Monday 09:00 Amsterdam time, so "whoever is on call
 * now" and the roster calendar show something real on a first start.
 */
export const DEMO_ROSTERS: {
  role: string;
  name: string;
  rotationStart: Date;
  shiftHours: number;
  members: DemoUserKey[];
}[] = [
  {
    role: 'Adviseur',
    name: 'Piket adviseur crisisbeheersing',
    rotationStart: new Date('2026-01-05T08:00:00Z'),
    shiftHours: 168,
    members: ['anna', 'daan'],
  },
  {
    role: 'Communicatie',
    name: 'Piket communicatie',
    rotationStart: new Date('2026-01-05T08:00:00Z'),
    shiftHours: 168,
    members: ['carla', 'anna'],
  },
];

/** Who stands in, in order, when nobody holding the role is coming. */
export const DEMO_DEPUTIES: { role: string; people: DemoUserKey[] }[] = [
  { role: 'Voorzitter', people: ['anna'] },
  { role: 'Notulist', people: ['eva', 'carla'] },
];
