import { accountsNl } from './nl-accounts';
import { adminNl } from './nl-admin';
import { alertsNl } from './nl-alerts';
import { alertsPageNl } from './nl-alerts-page';
import { breachesNl } from './nl-breaches';
import { consentNl } from './nl-consent';
import { disclosuresNl } from './nl-disclosures';
import { incidentsNl } from './nl-incidents';
import { myDataNl } from './nl-my-data';
import { organisationNl } from './nl-organisation';
import { preparationNl } from './nl-preparation';
import { privacyNl } from './nl-privacy';
import { privacyRequestsNl } from './nl-privacy-requests';
import { processingRecordsNl } from './nl-processing-records';
import { promisesNl } from './nl-promises';
import { pushNl } from './nl-push';
import { rostersNl } from './nl-rosters';
import { siteChatNl } from './nl-site-chat';
import { statisticsNl } from './nl-statistics';

/** Dutch interface text: the default language, and the shape every other language must match. */
export const nl = {
  app: {
    name: 'Baken',
    tagline: 'Crisisbeheersing, crisiscommunicatie en crisistraining',
  },
  skipLink: 'Direct naar de inhoud',
  language: {
    label: 'Taal',
  },
  navigation: {
    label: 'Hoofdmenu',
    home: 'Home',
    incidents: 'Incidenten',
    alerts: 'Alarmeringen',
    status: 'Status',
  },
  offline: 'U bent offline. U ziet de laatst geladen versie van Baken.',
  externalLink: '(externe website, opent in een nieuw venster)',
  footer: {
    label: 'Meer informatie',
    privacy: 'Privacy',
    apiDocs: 'API-documentatie',
    controller: 'Verantwoordelijk voor uw gegevens: {{name}}',
  },
  home: {
    eyebrow: 'Crisisbeheersing · Crisiscommunicatie · Crisistraining',
    title: 'Overzicht en rust wanneer het erop aankomt',
    lead: 'Baken helpt gemeenten, ziekenhuizen, scholen en andere organisaties om zich op een crisis voor te bereiden, een crisis te beheersen en ervan te leren. Eén platform voor het crisisteam, de communicatie en het oefenen.',
    login: 'Inloggen',
    profile: 'Naar mijn profiel',
    more: 'Wat Baken doet',
    featuresTitle: 'Wat Baken doet',
    featuresIntro: 'Alles wat uw crisisorganisatie nodig heeft, van de eerste melding tot de afronding.',
    management: {
      title: 'Crisisbeheersing',
      text: 'Start een incident vanuit een voorbereid scenario en alarmeer de juiste teams binnen seconden. Het crisisteam werkt vanuit één live logboek, met duidelijke taken en een gedeeld situatiebeeld.',
      points: [
        'Incidenten vanuit voorbereide scenario’s',
        'Teams alarmeren binnen seconden',
        'Eén live logboek voor het hele team',
        'Taken en een gedeeld situatiebeeld',
      ],
    },
    communication: {
      title: 'Crisiscommunicatie',
      text: 'Informeer medewerkers, betrokkenen en de buitenwereld snel en eenduidig, vanuit dezelfde plek waar het crisisteam werkt.',
      points: [
        'Berichten aan medewerkers en doelgroepen',
        'Veiligheidscheck: wie is veilig, wie heeft hulp nodig?',
        'Verklaringen voor pers en publiek',
        'Een openbare statuspagina',
      ],
    },
    training: {
      title: 'Oefenen',
      text: 'Een crisisteam wordt sterker door te oefenen. In Baken zet u een oefening klaar die zich ontvouwt met getimede injects: meldingen die op vaste momenten binnenkomen.',
      points: ['Oefeningen vanuit voorbereide scenario’s', 'Getimede injects die de oefening sturen'],
    },
    plans: {
      title: 'Plannen',
      text: 'Crisisplannen en draaiboeken altijd bij de hand: leesbaar op de telefoon, ook zonder internetverbinding.',
      points: ['Plannen en draaiboeken op één plek', 'Offline leesbaar op telefoon en tablet'],
    },
    privacy: {
      title: 'Privacy als uitgangspunt',
      text: 'Een crisis raakt mensen. Baken gaat daarom zuinig en controleerbaar om met hun gegevens.',
      points: [
        'Niets laadt van derden: geen trackers, geen externe lettertypen of scripts',
        'Voor elk persoonsgegeven vastgelegd: doel, grondslag en bewaartermijn',
        'Draait op uw eigen server of bij een hostingpartij naar keuze',
      ],
    },
    install: {
      title: 'Op elk apparaat, zonder app store',
      text: 'Baken is een webapp. U installeert Baken vanuit de browser op telefoon, tablet of computer, en de app opent ook als de verbinding wegvalt.',
    },
  },
  status: {
    title: 'Systeemstatus',
    intro: 'De actuele status van deze Baken-installatie.',
    checking: 'De status wordt opgehaald…',
    summaryReady: 'Alle onderdelen werken.',
    summaryNotReady:
      'De server draait, maar is niet gereed: de database reageert niet of de server wordt afgesloten.',
    summaryUnreachable: 'De server is niet bereikbaar.',
    summaryOffline: 'U bent offline. De status wordt opgehaald zodra er weer verbinding is.',
    server: 'Server',
    database: 'Database',
    version: 'Versie',
    checkedAt: 'Laatst gecontroleerd',
    reachable: 'Bereikbaar',
    unreachable: 'Niet bereikbaar',
    notReady: 'Niet gereed',
    unknown: 'Onbekend',
    databasePglite: 'Bereikbaar (ingebouwd, PGlite)',
    databasePostgres: 'Bereikbaar (PostgreSQL)',
    refresh: 'Opnieuw controleren',
  },
  notFound: {
    title: 'Pagina niet gevonden',
    text: 'Deze pagina bestaat niet (meer). Controleer het adres of ga naar de startpagina.',
    home: 'Naar de startpagina',
  },
  ...accountsNl,
  ...adminNl,
  ...organisationNl,
  ...preparationNl,
  ...alertsNl,
  ...alertsPageNl,
  ...pushNl,
  ...promisesNl,
  ...rostersNl,
  ...privacyNl,
  ...consentNl,
  ...incidentsNl,
  ...myDataNl,
  ...statisticsNl,
  ...privacyRequestsNl,
  ...siteChatNl,
  ...processingRecordsNl,
  ...disclosuresNl,
  ...breachesNl,
};

/** The shape of the interface text; a language that misses or adds a key does not compile. */
export type Messages = typeof nl;
