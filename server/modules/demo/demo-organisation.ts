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

export const DEMO_SCENARIOS = [
  {
    title: 'Brand in gemeentehuis',
    description:
      'Brand of rookontwikkeling in het gemeentehuis; ontruiming en opvang van medewerkers en bezoekers.',
    alertText:
      'Brand in het gemeentehuis. Het beleidsteam komt bijeen in de uitwijklocatie (brandweerkazerne).',
    teams: ['gbt', 'ot'],
    initialTasks: [
      'Ontruiming bevestigen bij BHV',
      'Opvanglocatie inrichten',
      'Eerste bericht aan medewerkers',
    ],
  },
  {
    title: 'Stroomstoring',
    description:
      'Langdurige stroomuitval in (een deel van) de gemeente; kwetsbare inwoners en vitale processen.',
    alertText: 'Langdurige stroomstoring. Het operationeel team komt bijeen in het gemeentehuis.',
    teams: ['ot'],
    initialTasks: [
      'Contact met netbeheerder',
      'Kwetsbare inwoners in beeld brengen',
      'Noodstroom controleren',
    ],
  },
];
