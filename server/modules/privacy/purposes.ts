import type { BilingualText } from '../../../common/privacy/browser-storage.js';
import type { LegalBasis } from './legal-bases.js';

/**
 * Who decides why and how the data is processed (GDPR art. 4(7)). The customer organisation
 * decides about its own people and crisis work, and the operator processes that for it; the
 * operator decides about running and securing the platform itself.
 */
export const CONTROLLERS = {
  'platform-operator': { nl: 'De beheerder van het platform', en: 'The platform operator' },
  'customer-organisation': { nl: 'De klantorganisatie', en: 'The customer organisation' },
} as const satisfies Record<string, BilingualText>;

export type Controller = keyof typeof CONTROLLERS;

export interface Purpose {
  name: BilingualText;
  description: BilingualText;
  /** The usual ground first; which one applies to an organisation is explained in `basisNote`. */
  legalBases: readonly [LegalBasis, ...LegalBasis[]];
  basisNote: BilingualText;
  controller: Controller;
}

/**
 * The purposes register (P1): recorded before anything is processed, and the only purposes a
 * personal-data column may name (the data map's types and tests hold it to this list).
 */
// @promise P1, P6 the purposes register: every processing names one of these purposes
export const PURPOSES = {
  'service-access': {
    name: { nl: 'Toegang tot de diensten', en: 'Access to the services' },
    description: {
      nl: 'Een account en een persoonlijke omgeving met uw eigen instellingen, inloggen en bijhouden wie toegang heeft.',
      en: 'An account and a personal environment with your own settings, signing in, and keeping track of who has access.',
    },
    legalBases: ['contract', 'legitimate-interests'],
    basisNote: {
      nl: 'De overeenkomst met de organisatie (of met u, als u zich zelf aanmeldt). Voor medewerkers die hun organisatie aanmeldt: het gerechtvaardigd belang van die organisatie.',
      en: 'The agreement with the organisation (or with you, when you sign up yourself). For staff whose organisation signs them up: that organisation’s legitimate interest.',
    },
    controller: 'customer-organisation',
  },
  'usage-insight': {
    name: { nl: 'Inzicht in het gebruik', en: 'Insight into use' },
    description: {
      nl: 'Statistieken over hoe de diensten gebruikt worden: per persoon bijgehouden, alleen als totalen getoond. U kunt altijd bezwaar maken; dan wordt wat over u is bijgehouden direct verwijderd.',
      en: 'Statistics on how the services are used: recorded per person, shown only as totals. You can always object; what was recorded about you is then deleted at once.',
    },
    legalBases: ['legitimate-interests', 'consent'],
    basisNote: {
      nl: 'Gerechtvaardigd belang bij inzicht in het gebruik, met een bezwaar dat direct werkt (Mijn gegevens); toestemming voor statistiek-cookies in de browser.',
      en: 'Legitimate interest in insight into use, with an objection that works at once ("Mijn gegevens"); consent for statistics cookies in the browser.',
    },
    controller: 'platform-operator',
  },
  'service-improvement': {
    name: { nl: 'Evalueren en verbeteren van de diensten', en: 'Evaluating and improving the services' },
    description: {
      nl: 'Fouten vinden en oplossen en de diensten beter maken, met zo min mogelijk persoonsgegevens.',
      en: 'Finding and fixing faults and making the services better, with as little personal data as possible.',
    },
    legalBases: ['legitimate-interests'],
    basisNote: {
      nl: 'Gerechtvaardigd belang van de beheerder bij werkende en betere diensten; u kunt bezwaar maken.',
      en: 'The operator’s legitimate interest in services that work and improve; you can object.',
    },
    controller: 'platform-operator',
  },
  'crisis-work': {
    name: { nl: 'Het crisiswerk zelf', en: 'The crisis work itself' },
    description: {
      nl: 'Crisisbeheersing, alarmering, crisiscommunicatie en oefenen door de klantorganisatie: teams, piketroosters, incidenten, logboek, taken, beeldvorming, chat en alarmeringen.',
      en: 'Crisis management, alerting, crisis communication and training by the customer organisation: teams, on-call rosters, incidents, logbook, tasks, situation picture, chat and alerts.',
    },
    legalBases: ['public-task', 'legal-obligation', 'legitimate-interests', 'vital-interests'],
    basisNote: {
      nl: 'Voor overheden (gemeenten, veiligheidsregio’s): hun publieke taak en de wet (Wet veiligheidsregio’s). Voor bedrijven en instellingen: hun gerechtvaardigd belang bij crisisbeheersing en BHV. In acute nood: een vitaal belang.',
      en: 'For public bodies (municipalities, safety regions): their public task and the law (Dutch Safety Regions Act). For companies and institutions: their legitimate interest in crisis management and emergency response. In acute danger: vital interests.',
    },
    controller: 'customer-organisation',
  },
  security: {
    name: {
      nl: 'Beveiliging en voorkomen van fraude en misbruik',
      en: 'Security and preventing fraud and abuse',
    },
    description: {
      nl: 'Inlogpogingen beperken, sessies en apparaten tonen, een onveranderbaar auditlog van gevoelige handelingen, en vermoedens van misbruik kunnen onderzoeken.',
      en: 'Limiting sign-in attempts, showing sessions and devices, an unchangeable audit log of sensitive actions, and being able to investigate suspected abuse.',
    },
    legalBases: ['legitimate-interests', 'legal-obligation'],
    basisNote: {
      nl: 'Gerechtvaardigd belang bij een veilig platform, en de plicht tot passende beveiliging (AVG art. 32).',
      en: 'Legitimate interest in a secure platform, and the duty of appropriate security (GDPR art. 32).',
    },
    controller: 'platform-operator',
  },
  'visitor-questions': {
    name: {
      nl: 'Vragen en aanvragen via de websitechat',
      en: 'Questions and requests through the website chat',
    },
    description: {
      nl: 'Uw vragen en aanvragen in de chat op de website beantwoorden. Medewerkers kunnen om uw naam, e-mailadres of bedrijfsnaam vragen; opgeven is niet verplicht. Bewaard tot u tevreden bent met het antwoord.',
      en: 'Answering your questions and requests in the chat on the website. Staff may ask for your name, e-mail address or company; giving them is optional. Kept until you are satisfied with the answer.',
    },
    legalBases: ['legitimate-interests', 'contract'],
    basisNote: {
      nl: 'Gerechtvaardigd belang bij het beantwoorden van wie ons iets vraagt; bij een aanvraag voor de diensten: stappen op uw verzoek vóór een overeenkomst.',
      en: 'Legitimate interest in answering whoever asks us something; for a request for the services: steps at your request before a contract.',
    },
    controller: 'platform-operator',
  },
  'legal-obligations': {
    name: { nl: 'Wettelijke verplichtingen', en: 'Legal obligations' },
    description: {
      nl: 'Verzoeken van betrokkenen afhandelen en bewijzen, verwijdering inplannen, en gegevens verstrekken als de wet dat eist.',
      en: 'Handling and evidencing data-subject requests, scheduling erasure, and providing data where the law requires it.',
    },
    legalBases: ['legal-obligation'],
    basisNote: {
      nl: 'De AVG zelf (art. 12–22 en 30) en andere wetten die verstrekking eisen.',
      en: 'The GDPR itself (art. 12–22 and 30) and other laws that require disclosure.',
    },
    controller: 'platform-operator',
  },
} as const satisfies Record<string, Purpose>;

export type PurposeId = keyof typeof PURPOSES;

export const PURPOSE_IDS = Object.keys(PURPOSES) as PurposeId[];
