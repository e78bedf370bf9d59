/** Messages of the incident room itself, in Dutch and English; merged into MESSAGES (messages.ts). */
export const INCIDENTS_MESSAGES = {
  field_incident_title_required: {
    nl: 'Geef het incident een titel, of kies een scenario.',
    en: 'Give the incident a title, or choose a scenario.',
  },
  incident_closed: {
    nl: 'Dit incident is afgerond en kan niet meer worden gewijzigd. Een beheerder kan het heropenen.',
    en: 'This incident has been closed and can no longer be changed. An administrator can reopen it.',
  },
  incident_status_transition: {
    nl: 'Deze statuswijziging kan niet: een incident gaat van actief naar afgerond naar gearchiveerd.',
    en: 'This status change is not possible: an incident goes from active to closed to archived.',
  },
  incident_template_unknown: {
    nl: 'Dit scenario bestaat niet (meer). Kies een ander scenario of start zonder scenario.',
    en: 'This scenario does not exist (any more). Choose another scenario or start without one.',
  },
  incident_no_participants: {
    nl: 'Kies minstens één team of persoon voor dit incident.',
    en: 'Choose at least one team or person for this incident.',
  },
  incident_unknown_reference: {
    nl: 'Een gekozen team, rol, persoon of locatie bestaat niet (meer) in uw organisatie.',
    en: 'A chosen team, role, person or location does not exist (any more) in your organisation.',
  },
} as const satisfies Record<string, { nl: string; en: string }>;
