import type { BilingualText } from '../../../../common/privacy/browser-storage.js';
import type { StatementBlock, StatementLanguage } from './statement-types.js';

/** The six rights of the GDPR the statement promises (P17), each with how to use it in Baken. */
export const DATA_SUBJECT_RIGHTS = {
  access: {
    nl: 'Inzage (AVG art. 15): u kunt opvragen welke gegevens wij van u hebben, waarvoor, aan wie ze zijn verstrekt, hoe lang ze bewaard worden en waar ze vandaan komen.',
    en: 'Access (GDPR art. 15): you can ask which data we hold about you, what for, to whom it was given, how long it is kept and where it came from.',
  },
  rectification: {
    nl: 'Rectificatie (art. 16): u kunt onjuiste of onvolledige gegevens laten verbeteren. Naam, telefoonnummer, functie, taal en meldingen wijzigt u zelf op uw profielpagina.',
    en: 'Rectification (art. 16): you can have incorrect or incomplete data corrected. You change your name, phone number, job title, language and notifications yourself on your profile page.',
  },
  erasure: {
    nl: 'Verwijdering (art. 17): u kunt vragen uw gegevens te verwijderen. U kunt uw account ook zelf opzeggen; wat de wet ons laat bewaren, noemen wij met de reden.',
    en: 'Erasure (art. 17): you can ask us to erase your data. You can also cancel your account yourself; anything the law lets us keep, we name with the reason.',
  },
  restriction: {
    nl: 'Beperking (art. 18): u kunt vragen de verwerking tijdelijk te beperken, bijvoorbeeld terwijl de juistheid wordt nagegaan. Dan bewaren wij de gegevens alleen.',
    en: 'Restriction (art. 18): you can ask to restrict processing for a time, for instance while accuracy is checked. We then only store the data.',
  },
  portability: {
    nl: 'Overdraagbaarheid (art. 20): u kunt de gegevens die u zelf gaf in een gangbaar formaat krijgen, of laten overdragen aan een partij die u aanwijst.',
    en: 'Portability (art. 20): you can receive the data you provided in a common format, or have it passed to a party you name.',
  },
  objection: {
    nl: 'Bezwaar (art. 21): u kunt bezwaar maken tegen verwerking op grond van gerechtvaardigd belang, zoals gebruiksstatistiek, en altijd tegen direct marketing.',
    en: 'Objection (art. 21): you can object to processing based on legitimate interests, such as usage statistics, and always to direct marketing.',
  },
} as const satisfies Record<string, BilingualText>;

const HOW_TO: BilingualText = {
  nl: 'Stuur uw verzoek naar de contactgegevens onderaan. Wij vragen alleen zoveel bewijs van uw identiteit als nodig is: meestal volstaat uw account of een code naar uw e-mailadres. Vragen wij toch om een kopie van een identiteitsbewijs, scherm dan uw BSN en pasfoto af; wij verwijderen de kopie zodra uw identiteit vaststaat.',
  en: 'Send your request to the contact details at the end. We ask only as much proof of identity as needed: usually your account or a code sent to your e-mail address is enough. If we do ask for a copy of an identity document, mask your citizen service number (BSN) and photo; we delete the copy as soon as your identity is established.',
};

const TERM: BilingualText = {
  nl: 'Wij beantwoorden uw verzoek binnen 30 dagen, en nooit later dan een maand na ontvangst. Is een verzoek ingewikkeld, dan kan die termijn met ten hoogste twee maanden worden verlengd; dat laten wij u binnen de eerste maand weten, met de reden.',
  en: 'We answer your request within 30 days, and never later than one month after receiving it. If a request is complex, that term may be extended by at most two months; we tell you so within the first month, with the reason.',
};

export function rightsBlocks(lang: StatementLanguage): StatementBlock[] {
  return [
    { kind: 'list', items: Object.values(DATA_SUBJECT_RIGHTS).map((right) => right[lang]) },
    { kind: 'paragraph', text: HOW_TO[lang] },
    { kind: 'paragraph', text: TERM[lang] },
  ];
}

/** The supervisory authority (P20): named in the statement and in every answer to a request. */
export const DATA_PROTECTION_AUTHORITY = {
  name: {
    nl: 'Autoriteit Persoonsgegevens',
    en: 'Autoriteit Persoonsgegevens (Dutch Data Protection Authority)',
  },
  website: 'https://autoriteitpersoonsgegevens.nl',
  phone: '088 - 1805 250',
} as const;

// @promise P20 the Autoriteit Persoonsgegevens and how to reach it
export function complaintsBlocks(lang: StatementLanguage): StatementBlock[] {
  const authority = DATA_PROTECTION_AUTHORITY;
  return [
    {
      kind: 'paragraph',
      text:
        lang === 'nl'
          ? 'Heeft u een klacht over hoe wij met uw gegevens omgaan, laat het ons dan eerst weten; wij zoeken graag samen een oplossing. U heeft ook altijd het recht een klacht in te dienen bij de toezichthouder:'
          : 'If you have a complaint about how we handle your data, please tell us first; we are glad to find a solution together. You also always have the right to lodge a complaint with the supervisory authority:',
    },
    {
      kind: 'list',
      items: [
        authority.name[lang],
        `${lang === 'nl' ? 'Website' : 'Website'}: ${authority.website.replace('https://', '')}`,
        `${lang === 'nl' ? 'Telefoon' : 'Phone'}: ${authority.phone}`,
      ],
    },
  ];
}
