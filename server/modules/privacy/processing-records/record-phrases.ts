import type { BilingualText } from '../../../../common/privacy/browser-storage.js';
import type { Controller } from '../purposes.js';

const both = (nl: string, en: string): BilingualText => ({ nl, en });

/** In which capacity the operator carries out a purpose, by the purpose's controller. */
export const CAPACITIES: Record<Controller, BilingualText> = {
  'platform-operator': both(
    'Verwerkingsverantwoordelijke: de beheerder bepaalt doel en middelen.',
    'Controller: the operator decides purpose and means.',
  ),
  'customer-organisation': both(
    'Verwerkingsverantwoordelijke alleen voor de eigen organisatie van de beheerder (haar medewerkers in Baken); voor klantorganisaties is de beheerder verwerker: zie het register als verwerker.',
    'Controller only for the operator’s own organisation (its staff in Baken); for customer organisations the operator is the processor: see the record as processor.',
  ),
};

/** The fixed words of the records, in the CSV and the JSON. */
export const RECORD_PHRASES = {
  asProcessor: both(
    'Verwerker: de beheerder verwerkt in opdracht en volgens de instructies van de klantorganisatie.',
    'Processor: the operator processes on behalf of and on the instructions of the customer organisation.',
  ),
  notSet: both('Nog niet ingevuld door de beheerder', 'Not yet filled in by the operator'),
  locationUnknown: both('Niet vastgelegd', 'Not recorded'),
  notInDataMap: both(
    'Geen persoonsgegevens voor dit doel in het gegevensoverzicht',
    'No personal data for this purpose in the data map',
  ),
  customer: both('Klant', 'Customer'),
  cancelled: both(
    'Opgezegd: gegevens worden verwijderd na de bedenktijd',
    'Cancelled: data is erased after the grace period',
  ),
  contactViaAdmins: both(
    'Via de beheerders van de organisatie in Baken ({count})',
    'Through the organisation’s administrators in Baken ({count})',
  ),
  secondFactorRequired: both(
    'Tweede factor verplicht voor alle leden.',
    'Second factor mandatory for every member.',
  ),
  secondFactorOptional: both(
    'Tweede factor niet verplicht gesteld; leden kunnen hem zelf instellen.',
    'Second factor not made mandatory; members can set one up themselves.',
  ),
  supportAccessUntil: both(
    'Tijdelijke toegang voor ondersteuning verleend tot {until}.',
    'Temporary support access granted until {until}.',
  ),
  noSupportAccess: both(
    'Geen toegang voor ondersteuning verleend: medewerkers van de beheerder zien geen inhoud.',
    'No support access granted: operator staff see no content.',
  ),
  registerController: both('Art. 30(1): als verwerkingsverantwoordelijke', 'Art. 30(1): as controller'),
  registerProcessor: both('Art. 30(2): als verwerker', 'Art. 30(2): as processor'),
  privacyOfficer: both(
    'Functionaris voor gegevensbescherming / privacycontact',
    'Data protection officer / privacy contact',
  ),
};

/** The column headings of the CSV download, in order. */
export const CSV_HEADINGS = {
  register: both('Register', 'Record'),
  controller: both('Verwerkingsverantwoordelijke', 'Controller'),
  processor: both('Verwerker', 'Processor'),
  activity: both('Verwerking (doel)', 'Processing activity (purpose)'),
  description: both('Omschrijving', 'Description'),
  capacity: both('Rol van de beheerder', 'Capacity of the operator'),
  legalBasis: both('Grondslag', 'Legal basis'),
  dataSubjects: both('Categorieën betrokkenen', 'Categories of data subjects'),
  personalData: both('Categorieën persoonsgegevens', 'Categories of personal data'),
  recipients: both('Ontvangers en (sub)verwerkers', 'Recipients and (sub-)processors'),
  transfers: both('Doorgifte buiten de EER', 'Transfers outside the EEA'),
  retention: both('Bewaartermijnen', 'Retention periods'),
  security: both('Beveiligingsmaatregelen', 'Security measures'),
  generatedAt: both('Gegenereerd op', 'Generated on'),
  statementVersion: both('Versie privacyverklaring', 'Privacy statement version'),
} as const satisfies Record<string, BilingualText>;
