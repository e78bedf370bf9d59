/**
 * Messages of the tasks area (tasks, situation picture, incident locations, participants), in Dutch
 * and English; merged into MESSAGES (messages.ts).
 */
export const TASKS_MESSAGES = {
  task_owner_user_unknown: {
    nl: 'Deze persoon kan geen eigenaar van de actie zijn: hij of zij bestaat niet (meer) in uw organisatie. Kies een andere persoon.',
    en: 'This person cannot own the task: they do not exist (any more) in your organisation. Choose someone else.',
  },
  task_owner_role_unknown: {
    nl: 'Deze rol bestaat niet (meer) in uw organisatie. Kies een andere rol als eigenaar van de actie.',
    en: 'This role does not exist (any more) in your organisation. Choose another role to own the task.',
  },
  situation_conflict: {
    nl: 'Iemand anders heeft hetzelfde onderdeel van het situatiebeeld intussen gewijzigd. Bekijk de nieuwste versie en voer uw wijziging daarin opnieuw door.',
    en: 'Someone else changed the same part of the situation picture in the meantime. Look at the latest version and make your change there again.',
  },
  situation_section_unknown: {
    nl: 'Dit onderdeel hoort niet bij het situatiebeeld van dit incident.',
    en: 'This section is not part of this incident’s situation picture.',
  },
  situation_base_version_unknown: {
    nl: 'Deze versie van het situatiebeeld bestaat niet. Vernieuw de pagina en probeer het opnieuw.',
    en: 'This version of the situation picture does not exist. Reload the page and try again.',
  },
  incident_location_unknown: {
    nl: 'Deze locatie bestaat niet (meer) in uw organisatie. Kies een andere locatie of voer de locatie zelf in.',
    en: 'This location does not exist (any more) in your organisation. Choose another location or enter it yourself.',
  },
  incident_location_exists: {
    nl: 'Deze locatie staat al bij dit incident.',
    en: 'This location is already part of this incident.',
  },
  participant_user_unknown: {
    nl: 'Deze persoon bestaat niet (meer) in uw organisatie of heeft geen actief account.',
    en: 'This person does not exist (any more) in your organisation or has no active account.',
  },
  participant_team_unknown: {
    nl: 'Dit team bestaat niet (meer) in uw organisatie.',
    en: 'This team does not exist (any more) in your organisation.',
  },
  participant_role_unknown: {
    nl: 'Deze rol bestaat niet (meer) in uw organisatie.',
    en: 'This role does not exist (any more) in your organisation.',
  },
  participant_exists: {
    nl: 'Deze persoon neemt al deel aan dit incident in dit team.',
    en: 'This person already takes part in this incident in this team.',
  },
  participant_last: {
    nl: 'De laatste deelnemer kan niet worden verwijderd: een incident heeft altijd minstens één deelnemer.',
    en: 'The last participant cannot be removed: an incident always has at least one participant.',
  },
  presence_not_participant: {
    nl: 'Alleen deelnemers aan dit incident kunnen hun aanwezigheid doorgeven.',
    en: 'Only participants in this incident can report their presence.',
  },
  field_checklist_text: {
    nl: 'Een punt van de checklist heeft 1 tot 300 tekens.',
    en: 'A checklist item has 1 to 300 characters.',
  },
  field_situation_sections_unique: {
    nl: 'Elk onderdeel mag maar één keer voorkomen.',
    en: 'Each section may appear only once.',
  },
  field_location_or_name: {
    nl: 'Kies een vaste locatie of vul een naam in (niet allebei).',
    en: 'Choose a saved location or enter a name (not both).',
  },
  field_coordinates_pair: {
    nl: 'Vul breedtegraad en lengtegraad allebei in, of geen van beide.',
    en: 'Enter both latitude and longitude, or neither.',
  },
} as const satisfies Record<string, { nl: string; en: string }>;
