/**
 * Every message the API can answer with, in Dutch (the default) and English. An error code is a
 * key here; a test checks that every code thrown has both texts.
 */
import { ALERTS_MESSAGES } from './messages-alerts.js';
import { BREACHES_MESSAGES } from './messages-breaches.js';
import { DISCLOSURES_MESSAGES } from './messages-disclosures.js';
import { INCIDENTS_MESSAGES } from './messages-incidents.js';
import { LOGBOOK_MESSAGES } from './messages-logbook.js';
import { MY_DATA_MESSAGES } from './messages-my-data.js';
import { PREPARATION_MESSAGES } from './messages-preparation.js';
import { PRIVACY_REQUESTS_MESSAGES } from './messages-privacy-requests.js';
import { PRIVACY_STATEMENT_MESSAGES } from './messages-privacy-statement.js';
import { PUSH_MESSAGES } from './messages-push.js';
import { RESTRICTION_MESSAGES } from './messages-restriction.js';
import { ROSTERS_MESSAGES } from './messages-rosters.js';
import { SITE_CHAT_MESSAGES } from './messages-site-chat.js';
import { TASKS_MESSAGES } from './messages-tasks.js';

export const MESSAGES = {
  ...INCIDENTS_MESSAGES,
  ...PREPARATION_MESSAGES,
  ...LOGBOOK_MESSAGES,
  ...TASKS_MESSAGES,
  ...ALERTS_MESSAGES,
  ...PUSH_MESSAGES,
  ...ROSTERS_MESSAGES,
  ...MY_DATA_MESSAGES,
  ...RESTRICTION_MESSAGES,
  ...PRIVACY_STATEMENT_MESSAGES,
  ...PRIVACY_REQUESTS_MESSAGES,
  ...SITE_CHAT_MESSAGES,
  ...DISCLOSURES_MESSAGES,
  ...BREACHES_MESSAGES,
  validation_failed: {
    nl: 'De gegevens zijn niet volledig of niet juist. Controleer de gemarkeerde velden.',
    en: 'The data is incomplete or incorrect. Please check the highlighted fields.',
  },
  field_phone_format: {
    nl: 'Gebruik cijfers, spaties en eventueel een + vooraan.',
    en: 'Use digits, spaces and an optional leading +.',
  },
  field_nothing_to_change: { nl: 'Er is niets om te wijzigen.', en: 'There is nothing to change.' },
  field_time_of_day: { nl: 'Gebruik UU:MM, bijvoorbeeld 22:00.', en: 'Use HH:MM, for example 22:00.' },
  field_time_zone: { nl: 'Onbekende tijdzone.', en: 'Unknown time zone.' },
  field_six_digits: { nl: 'Vul de zes cijfers uit de app in.', en: 'Enter the six digits from the app.' },
  field_code_or_recovery_code: {
    nl: 'Vul een code uit de app óf een herstelcode in.',
    en: 'Enter either a code from the app or a recovery code.',
  },
  malformed_json: {
    nl: 'De gegevens konden niet worden gelezen: dit is geen geldige JSON.',
    en: 'The data could not be read: this is not valid JSON.',
  },
  unsupported_media_type: {
    nl: 'Dit soort gegevens wordt hier niet geaccepteerd. Stuur JSON (Content-Type: application/json).',
    en: 'This kind of data is not accepted here. Send JSON (Content-Type: application/json).',
  },
  payload_too_large: {
    nl: 'De gegevens zijn te groot. Stuur minder tegelijk of een kleiner bestand.',
    en: 'The data is too large. Send less at once or a smaller file.',
  },
  not_found: {
    nl: 'Dit bestaat niet, of u heeft er geen toegang toe.',
    en: 'This does not exist, or you do not have access to it.',
  },
  method_not_allowed: {
    nl: 'Deze actie is hier niet mogelijk.',
    en: 'This action is not possible here.',
  },
  unauthenticated: {
    nl: 'U bent niet (meer) ingelogd. Log in om verder te gaan.',
    en: 'You are not signed in (any more). Please sign in to continue.',
  },
  forbidden: {
    nl: 'U heeft geen toestemming voor deze actie.',
    en: 'You do not have permission for this action.',
  },
  csrf_failed: {
    nl: 'Deze aanvraag kwam niet van de Baken-app zelf en is geweigerd. Vernieuw de pagina en probeer opnieuw.',
    en: 'This request did not come from the Baken app itself and was refused. Reload the page and try again.',
  },
  invalid_credentials: {
    nl: 'Het e-mailadres of wachtwoord klopt niet.',
    en: 'The e-mail address or password is incorrect.',
  },
  second_factor_expired: {
    nl: 'De inlogstap is verlopen. Log opnieuw in met uw e-mailadres en wachtwoord.',
    en: 'The sign-in step has expired. Please sign in again with your e-mail address and password.',
  },
  second_factor_required: {
    nl: 'Uw organisatie vraagt om een tweede factor. Stel eerst een authenticator-app in.',
    en: 'Your organisation requires a second factor. Please set up an authenticator app first.',
  },
  second_factor_exists: {
    nl: 'U heeft al een authenticator-app ingesteld. Zet die eerst uit om een nieuwe in te stellen.',
    en: 'You already have an authenticator app set up. Switch it off first to set up a new one.',
  },
  invalid_code: {
    nl: 'Deze code klopt niet of is verlopen. Probeer de nieuwste code uit de app.',
    en: 'This code is incorrect or has expired. Try the newest code from the app.',
  },
  link_invalid: {
    nl: 'Deze link werkt niet (meer): hij is al gebruikt of verlopen. Vraag een nieuwe aan.',
    en: 'This link no longer works: it was used already or has expired. Please request a new one.',
  },
  password_too_short: {
    nl: 'Kies een wachtwoord van minstens 12 tekens. Een zin van een paar woorden is sterk en goed te onthouden.',
    en: 'Choose a password of at least 12 characters. A sentence of a few words is strong and easy to remember.',
  },
  password_too_long: {
    nl: 'Dit wachtwoord is te lang (meer dan 256 tekens).',
    en: 'This password is too long (more than 256 characters).',
  },
  password_too_common: {
    nl: 'Dit wachtwoord komt voor in lijsten van veelgebruikte wachtwoorden. Kies iets dat niet te raden is.',
    en: 'This password appears in lists of commonly used passwords. Choose something that cannot be guessed.',
  },
  password_contains_personal_data: {
    nl: 'Gebruik niet uw naam of e-mailadres in uw wachtwoord.',
    en: 'Do not use your name or e-mail address in your password.',
  },
  email_not_verified: {
    nl: 'Bevestig eerst uw e-mailadres via de link in de e-mail die we u stuurden.',
    en: 'Please confirm your e-mail address first, using the link in the e-mail we sent you.',
  },
  email_taken: {
    nl: 'Dit e-mailadres heeft al een account bij Baken.',
    en: 'This e-mail address already has a Baken account.',
  },
  last_admin: {
    nl: 'Dit is de laatste beheerder van de organisatie. Maak eerst iemand anders beheerder.',
    en: 'This is the organisation’s last administrator. Make someone else an administrator first.',
  },
  erasure_done: {
    nl: 'Dit account kan niet meer worden hersteld: de gegevens zijn al gewist.',
    en: 'This account can no longer be restored: its data has already been erased.',
  },
  import_file_invalid: {
    nl: 'Dit bestand kan niet worden ingelezen.',
    en: 'This file cannot be read.',
  },
  import_has_errors: {
    nl: 'Er is niets geïmporteerd: sommige regels bevatten fouten. Verbeter ze, of kies ervoor alleen de juiste regels te importeren.',
    en: 'Nothing was imported: some rows contain errors. Fix them, or choose to import only the valid rows.',
  },
  conflict: {
    nl: 'Dit botst met een gelijktijdige wijziging. Vernieuw en probeer het opnieuw.',
    en: 'This conflicts with a change made at the same time. Refresh and try again.',
  },
  too_many_requests: {
    nl: 'Te veel pogingen. Wacht even en probeer het dan opnieuw.',
    en: 'Too many attempts. Please wait a moment and try again.',
  },
  invalid_topic: {
    nl: 'Onbekend onderwerp voor de live-updates.',
    en: 'Unknown topic for live updates.',
  },
  service_unavailable: {
    nl: 'Baken is even niet bereikbaar (de database antwoordt niet). Probeer het zo opnieuw.',
    en: 'Baken is briefly unavailable (the database is not answering). Please try again shortly.',
  },
  shutting_down: {
    nl: 'Baken wordt herstart. Probeer het over enkele seconden opnieuw.',
    en: 'Baken is restarting. Please try again in a few seconds.',
  },
  internal_error: {
    nl: 'Er ging iets mis aan onze kant. Probeer het opnieuw; blijft het misgaan, noem dan deze code aan de beheerder:',
    en: 'Something went wrong on our side. Please try again; if it keeps happening, give this code to your administrator:',
  },
} as const satisfies Record<string, { nl: string; en: string }>;

export type MessageCode = keyof typeof MESSAGES;
