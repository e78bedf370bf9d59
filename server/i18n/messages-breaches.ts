/** Messages of the operator's breach register (GDPR art. 33 and 34). */
export const BREACHES_MESSAGES = {
  data_breach_closed: {
    nl: 'Dit datalek is afgesloten en kan niet meer worden gewijzigd.',
    en: 'This data breach is closed and can no longer be changed.',
  },
  data_breach_discovered_in_future: {
    nl: 'Het moment van ontdekken kan niet in de toekomst liggen.',
    en: 'The moment of discovery cannot be in the future.',
  },
  data_breach_notified_in_future: {
    nl: 'Het moment van melden kan niet in de toekomst liggen.',
    en: 'The moment of notification cannot be in the future.',
  },
  data_breach_notified_before_discovery: {
    nl: 'De melding kan niet vóór het ontdekken van het datalek liggen.',
    en: 'The notification cannot be before the breach was discovered.',
  },
  data_breach_delay_reason_required: {
    nl: 'De melding kwam na de 72 uur: geef de reden van de vertraging (AVG art. 33 lid 1).',
    en: 'The notification came after the 72 hours: give the reasons for the delay (GDPR art. 33(1)).',
  },
  data_breach_informed_in_future: {
    nl: 'Het moment waarop betrokkenen zijn ingelicht kan niet in de toekomst liggen.',
    en: 'The moment the people concerned were informed cannot be in the future.',
  },
  data_breach_informed_before_discovery: {
    nl: 'Betrokkenen kunnen niet vóór het ontdekken van het datalek zijn ingelicht.',
    en: 'The people concerned cannot have been informed before the breach was discovered.',
  },
  data_breach_authority_decision_missing: {
    nl: 'Leg eerst vast of het datalek bij de Autoriteit Persoonsgegevens is gemeld, of waarom niet.',
    en: 'First record whether the breach was notified to the Autoriteit Persoonsgegevens, or why not.',
  },
  data_breach_subjects_decision_missing: {
    nl: 'Leg eerst vast of de betrokkenen zijn ingelicht, of waarom dat niet nodig is.',
    en: 'First record whether the people concerned were informed, or why that is not needed.',
  },
  data_breach_organisation_unknown: {
    nl: 'Een of meer van deze organisaties bestaan niet (of zijn de beheerder zelf).',
    en: 'One or more of these organisations do not exist (or are the operator itself).',
  },
} as const;
