import type { FreeText } from './statement-types.js';

/**
 * Version 1 of the operator's own sections, written for Baken. The operator replaces it by
 * publishing a new version; the generated sections (purposes, data, cookies, processors, rights,
 * the authority, contact details) are never typed here: they come from the registers.
 */
export const DEFAULT_FREE_TEXT: FreeText = {
  introduction: {
    nl: [
      'Baken is een platform voor crisisbeheersing, alarmering, crisiscommunicatie en oefenen. Organisaties gebruiken het om zich voor te bereiden op een crisis, hun mensen te alarmeren en samen een incident af te handelen.',
      'In deze verklaring leest u welke persoonsgegevens Baken verwerkt, waarom, hoe lang, met wie ze gedeeld worden en welke rechten u heeft. De onderdelen over gegevens, doelen, bewaartermijnen, cookies, verwerkers en uw rechten worden rechtstreeks uit de registers van de software opgebouwd: wat hier staat, is wat Baken doet.',
      '## Wie is verantwoordelijk',
      'Voor het platform zelf (inloggen, beveiliging, statistiek en verbetering) is de beheerder van het platform verantwoordelijk; de contactgegevens staan onderaan. Voor de accounts die een organisatie aanmaakt en voor haar crisiswerk is die organisatie verantwoordelijk, en verwerkt de beheerder de gegevens in haar opdracht. Een verzoek over zulke gegevens sturen wij door naar die organisatie en wij helpen haar het te beantwoorden.',
      '## Onze uitgangspunten',
      '- Wij leggen de doelen vast voordat wij gegevens verwerken, en gebruiken gegevens niet voor andere doelen zonder uw toestemming, een overeenkomst of een wettelijke plicht.',
      '- Wij verwerken zo weinig gegevens als voor die doelen nodig is, en bewaren ze niet langer dan nodig.',
      '- Waar toestemming nodig is, vragen wij die vooraf en kunt u haar altijd intrekken.',
      '- Wij beveiligen de gegevens en leggen dezelfde eisen op aan partijen die gegevens voor ons verwerken.',
    ].join('\n\n'),
    en: [
      'Baken is a platform for crisis management, alerting, crisis communication and training. Organisations use it to prepare for a crisis, to alert their people and to handle an incident together.',
      'This statement explains which personal data Baken processes, why, for how long, with whom it is shared and which rights you have. The parts on data, purposes, retention, cookies, processors and your rights are built directly from the software’s registers: what is written here is what Baken does.',
      '## Who is responsible',
      'The platform operator is responsible for the platform itself (signing in, security, statistics and improvement); the contact details are at the end. The organisation that creates accounts is responsible for those accounts and for its crisis work, and the operator processes that data on its behalf. We pass a request about such data on to that organisation and help it answer.',
      '## Our principles',
      '- We record the purposes before we process data, and do not use data for other purposes without your consent, a contract or a legal duty.',
      '- We process as little data as those purposes need, and keep it no longer than needed.',
      '- Where consent is needed, we ask for it beforehand and you can always withdraw it.',
      '- We protect the data and impose the same requirements on parties that process data for us.',
    ].join('\n\n'),
  },
  closing: {
    nl: [
      '## Beveiliging',
      'Alleen wie de gegevens voor zijn taak nodig heeft, kan erbij. Inloggen gaat met een wachtwoord en desgewenst een tweede factor; wachtwoorden worden alleen als onomkeerbare hash bewaard. Alle verbindingen zijn versleuteld (HTTPS) en gevoelige handelingen komen in een auditlog dat niet te wijzigen is. Wij controleren deze maatregelen regelmatig.',
      '## De app',
      'Baken is als app op uw telefoon of computer te installeren vanuit de browser. De app gebruikt hetzelfde account en dezelfde gegevens als de website; er komt geen app-winkel aan te pas.',
      '## Websites van anderen',
      'Deze verklaring geldt niet voor websites van anderen waarnaar Baken verwijst. Lees de privacyverklaring van zo’n website voordat u die gebruikt.',
    ].join('\n\n'),
    en: [
      '## Security',
      'Only those who need the data for their task can reach it. Signing in takes a password and, if chosen, a second factor; passwords are kept only as an irreversible hash. All connections are encrypted (HTTPS) and sensitive actions are written to an audit log that cannot be changed. We check these measures regularly.',
      '## The app',
      'Baken can be installed as an app on your phone or computer from the browser. The app uses the same account and the same data as the website; no app store is involved.',
      '## Other websites',
      'This statement does not cover other websites that Baken links to. Read the privacy statement of such a website before you use it.',
    ].join('\n\n'),
  },
  changeSummary: {
    nl: 'Eerste versie van de privacyverklaring van Baken.',
    en: 'First version of Baken’s privacy statement.',
  },
};
