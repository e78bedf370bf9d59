import type { BilingualText } from '../../../../common/privacy/browser-storage.js';
import type { FreeSectionId, GeneratedSectionId } from './statement-types.js';

export const SECTION_HEADINGS: Record<FreeSectionId | GeneratedSectionId, BilingualText> = {
  introduction: { nl: 'Over deze verklaring', en: 'About this statement' },
  purposes: { nl: 'Waarvoor wij gegevens verwerken', en: 'What we process data for' },
  'data-kinds': { nl: 'Welke gegevens', en: 'Which data' },
  retention: { nl: 'Hoe lang wij gegevens bewaren', en: 'How long we keep data' },
  recipients: { nl: 'Aan wie wij gegevens verstrekken', en: 'Whom we give data to' },
  processors: { nl: 'Verwerkers', en: 'Processors' },
  cookies: { nl: 'Cookies en opslag in uw browser', en: 'Cookies and storage in your browser' },
  rights: { nl: 'Uw rechten', en: 'Your rights' },
  complaints: {
    nl: 'Klachten en de Autoriteit Persoonsgegevens',
    en: 'Complaints and the Dutch Data Protection Authority',
  },
  changes: { nl: 'Wijzigingen in deze verklaring', en: 'Changes to this statement' },
  closing: { nl: 'Verder', en: 'Further' },
  controller: { nl: 'Contactgegevens', en: 'Contact details' },
};

const both = (nl: string, en: string): BilingualText => ({ nl, en });

/** The fixed sentences around the registers' own texts. */
export const STATEMENT_PHRASES = {
  purposesIntro: both(
    'Baken verwerkt persoonsgegevens alleen voor de doelen hieronder. Bij elk doel staat op welke grondslag dat gebeurt en wie ervoor verantwoordelijk is.',
    'Baken processes personal data only for the purposes below. Each purpose states its legal basis and who is responsible for it.',
  ),
  noOtherPurposes: both(
    'Voor andere doelen gebruiken wij uw gegevens niet, tenzij u daar vooraf toestemming voor geeft, het nodig is voor de overeenkomst met u, of de wet het eist of toestaat.',
    'We do not use your data for other purposes unless you consent beforehand, it is needed for the agreement with you, or the law requires or allows it.',
  ),
  legalBasis: both('Grondslag', 'Legal basis'),
  controller: both('Verantwoordelijke', 'Controller'),
  dataKindsIntro: both(
    'Welke van deze gegevens Baken van u heeft, hangt af van hoe u het gebruikt. Dit is de volledige lijst, per soort.',
    'Which of these data Baken holds about you depends on how you use it. This is the complete list, by kind.',
  ),
  retentionIntro: both(
    'Gegevens worden verwijderd of ontdaan van wat naar u verwijst zodra de bewaartermijn voorbij is.',
    'Data is deleted, or stripped of what points to you, once its retention period has passed.',
  ),
  recipientsIntro: both(
    'Wij geven uw gegevens niet aan anderen zonder uw voorafgaande toestemming, behalve als dat nodig is voor de overeenkomst of de wet het eist of toestaat. Dit zijn de gevallen waarin het kan gebeuren:',
    'We do not give your data to others without your prior consent, except where the agreement needs it or the law requires or allows it. These are the cases in which it can happen:',
  ),
  processorsIntro: both(
    'Deze partijen verwerken gegevens voor de beheerder, zoals deze installatie van Baken is ingericht. Met verwerkers is een verwerkersovereenkomst gesloten met dezelfde beveiligingseisen.',
    'These parties process data for the operator, as this installation of Baken is set up. Processors are bound by a processing agreement with the same security requirements.',
  ),
  processorRoles: {
    processor: both('verwerker', 'processor'),
    independent: both('zelfstandige partij', 'independent party'),
  },
  dataKinds: both('Gegevens', 'Data'),
  location: both('Locatie', 'Location'),
  locationUnknown: both('bij de beheerder op te vragen', 'available from the operator'),
  cookiesIntro: both(
    'Baken plaatst alleen wat hieronder staat. Functionele cookies en opslag zijn nodig voor wat u zelf vraagt; al het andere alleen met uw toestemming.',
    'Baken stores only what is listed below. Functional cookies and storage are needed for what you ask for yourself; anything else only with your consent.',
  ),
  mechanisms: {
    cookie: both('cookie', 'cookie'),
    localStorage: both('lokale opslag', 'local storage'),
    sessionStorage: both('sessie-opslag', 'session storage'),
    indexedDB: both('IndexedDB', 'IndexedDB'),
    cacheStorage: both('cache', 'cache'),
  },
  firstParty: both('van Baken zelf', 'Baken’s own'),
  thirdParty: both('van een derde', 'a third party’s'),
  lifetime: both('Bewaard', 'Kept'),
  cookiesRemove: both(
    'U kunt cookies en opgeslagen gegevens altijd zelf verwijderen in de instellingen van uw browser; daarna moet u opnieuw inloggen.',
    'You can always remove cookies and stored data yourself in your browser’s settings; you then need to sign in again.',
  ),
  changes: both(
    'Wij kunnen deze verklaring aanpassen. Elke wijziging is een nieuwe versie met een datum; eerdere versies blijven leesbaar op deze pagina, met een overzicht van wat er veranderd is. Wie een account heeft, krijgt na het inloggen één keer bericht van een nieuwe versie.',
    'We may change this statement. Every change is a new version with a date; earlier versions stay readable on this page, with an overview of what changed. Account holders are told once about a new version after signing in.',
  ),
  controllerIntro: both(
    'Met vragen over deze verklaring of over uw gegevens kunt u terecht bij:',
    'For questions about this statement or your data, contact:',
  ),
  controllerMissing: both(
    'De beheerder heeft de contactgegevens nog niet ingevuld.',
    'The operator has not filled in the contact details yet.',
  ),
  chamberOfCommerce: both('KvK-nummer', 'Chamber of Commerce number'),
  email: both('E-mail', 'E-mail'),
  phone: both('Telefoon', 'Phone'),
  privacyOfficer: both('Privacyfunctionaris', 'Privacy officer'),
} as const;
