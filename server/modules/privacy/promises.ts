import type { BilingualText } from '../../../common/privacy/browser-storage.js';

/**
 * The promises of the privacy statement (../shared/spec/PROMISES.md), each as the platform keeps
 * it. The promise register (promise-register.ts) joins them with the code and the tests that are
 * annotated `@promise P<n>`, so an auditor sees where each is kept and what proves it.
 */
export const PROMISES = {
  P1: {
    nl: 'Doelen zijn vastgelegd voordat gegevens worden verwerkt: een register van doelen en een gepubliceerde, geversioneerde privacyverklaring.',
    en: 'Purposes are recorded before data is processed: a purposes register and a published, versioned privacy statement.',
  },
  P2: {
    nl: 'Zo weinig mogelijk persoonsgegevens: elke kolom met persoonsgegevens staat in de datakaart met categorie, doel, grondslag en bewaartermijn.',
    en: 'As little personal data as possible: every personal-data column is in the data map with category, purpose, legal basis and retention.',
  },
  P3: {
    nl: 'Uitdrukkelijke toestemming waar die nodig is, vastgelegd en intrekbaar; niets toestemmingsplichtigs zonder toestemming.',
    en: 'Explicit consent where required, recorded and revocable; nothing consent-bound runs without it.',
  },
  P4: {
    nl: 'Beveiliging, ook opgelegd aan verwerkers: een register van verwerkers en subverwerkers.',
    en: 'Security measures, also imposed on processors: a register of processors and sub-processors.',
  },
  P5: {
    nl: 'Rechten op inzage, correctie en verwijdering worden gerespecteerd (zie P17).',
    en: 'Rights of access, correction and deletion are respected (see P17).',
  },
  P6: {
    nl: 'Geen andere doelen zonder toestemming, overeenkomst of wet: elke verwerking noemt een doel uit het register.',
    en: 'No other purposes without consent, contract or law: every processing names a purpose from the register.',
  },
  P7: {
    nl: 'Alleen de genoemde soorten gegevens; sessies leggen IP-adres, apparaat, besturingssysteem en browser vast en de gebruiker ziet ze.',
    en: 'Only the named kinds of data; sessions record IP address, device, operating system and browser, and the user sees them.',
  },
  P8: {
    nl: 'Accounts: aanmelden of aangemaakt worden, eigen omgeving, zelf gegevens wijzigen, opzeggen waarna gegevens worden gewist.',
    en: 'Accounts: signing up or being provisioned, a personal environment, editing one’s own data, cancelling after which data is erased.',
  },
  P9: {
    nl: 'Chat op de website: gegevens bewaard tot de vraag naar tevredenheid is beantwoord.',
    en: 'Website chat: data kept until the question has been answered to the visitor’s satisfaction.',
  },
  P10: {
    nl: 'Gebruiksstatistieken, met bezwaar dat direct en met terugwerkende kracht werkt.',
    en: 'Usage statistics, with an objection that works at once and for data already collected.',
  },
  P11: {
    nl: 'Geen delen met derden zonder toestemming, behalve voor de overeenkomst of de wet; elke verstrekking wordt vastgelegd.',
    en: 'No sharing with third parties without consent, except for the contract or the law; every disclosure is recorded.',
  },
  P12: {
    nl: 'Alleen wie het nodig heeft heeft toegang; sterke wachtwoordopslag, inlogbescherming, tweede factor en TLS.',
    en: 'Only those who need it have access; strong password storage, sign-in protection, a second factor and TLS.',
  },
  P13: {
    nl: 'Cookies: een register uit de code, en vóór toestemming alleen functionele cookies.',
    en: 'Cookies: a register generated from the code, and only functional cookies before consent.',
  },
  P14: {
    nl: 'Een installeerbare app met hetzelfde account, pushmeldingen en plannen offline.',
    en: 'An installable app with the same account, push notifications and plans offline.',
  },
  P15: {
    nl: 'Links naar websites van derden zijn gemarkeerd als het verlaten van het platform.',
    en: 'Links to third-party websites are marked as leaving the platform.',
  },
  P16: {
    nl: 'De verklaring kan wijzigen: versies met datum en een leesbaar verschil; ingelogde gebruikers horen het.',
    en: 'The statement may change: versions with dates and a readable difference; signed-in users are told.',
  },
  P17: {
    nl: 'Alle zes rechten: inzage, rectificatie, bezwaar, verwijdering, overdraagbaarheid en beperking.',
    en: 'All six rights: access, rectification, objection, erasure, portability and restriction.',
  },
  P18: {
    nl: 'Een verzoek kan een identiteitsbewijs vragen, met BSN en pasfoto afgeschermd, versleuteld bewaard en direct na controle verwijderd.',
    en: 'A request may need an ID copy, with BSN and photo masked, stored encrypted and deleted right after the check.',
  },
  P19: {
    nl: 'Antwoord binnen 30 dagen; verlenging met reden, op tijd gemeld.',
    en: 'An answer within 30 days; an extension with its reason, announced in time.',
  },
  P20: {
    nl: 'Klachten kunnen naar de Autoriteit Persoonsgegevens.',
    en: 'Complaints can go to the Dutch data protection authority (Autoriteit Persoonsgegevens).',
  },
  P21: {
    nl: 'De contactgegevens van de verwerkingsverantwoordelijke staan in de verklaring, de voettekst en elk antwoord.',
    en: 'The controller’s contact details are in the statement, the footer and every answer.',
  },
} as const satisfies Record<string, BilingualText>;

export type PromiseId = keyof typeof PROMISES;
export const PROMISE_IDS = Object.keys(PROMISES) as PromiseId[];
