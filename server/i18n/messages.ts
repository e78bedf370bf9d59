/**
 * Every message the API can answer with, in Dutch (the default) and English. An error code is a
 * key here; a test checks that every code thrown has both texts.
 */
export const MESSAGES = {
  validation_failed: {
    nl: 'De gegevens zijn niet volledig of niet juist. Controleer de gemarkeerde velden.',
    en: 'The data is incomplete or incorrect. Please check the highlighted fields.',
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
