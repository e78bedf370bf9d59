/** Messages of the preparation area, in Dutch and English; merged into MESSAGES (messages.ts). */
export const PREPARATION_MESSAGES = {
  role_name_taken: {
    nl: 'Er is al een rol met deze naam. Kies een andere naam.',
    en: 'There already is a role with this name. Choose another name.',
  },
  role_in_use: {
    nl: 'Deze rol is nog aan teamleden gegeven. Geef hen eerst een andere rol; daarna kunt u de rol verwijderen.',
    en: 'Team members still hold this role. Give them another role first; then you can delete it.',
  },
  role_is_default: {
    nl: 'Dit is de standaardrol voor nieuwe teamleden. Maak eerst een andere rol de standaard.',
    en: 'This is the default role for new team members. Make another role the default first.',
  },
  role_default_required: {
    nl: 'Er is altijd één standaardrol. Maak een andere rol de standaard; deze rol is dat dan niet meer.',
    en: 'There is always one default role. Make another role the default; this one then stops being it.',
  },
  role_unknown: {
    nl: 'Deze rol bestaat niet (meer) in uw organisatie.',
    en: 'This role does not exist (any more) in your organisation.',
  },
  team_name_taken: {
    nl: 'Er is al een team met deze naam. Kies een andere naam.',
    en: 'There already is a team with this name. Choose another name.',
  },
  team_unknown: {
    nl: 'Dit team bestaat niet (meer) in uw organisatie.',
    en: 'This team does not exist (any more) in your organisation.',
  },
  team_member_unknown: {
    nl: 'Deze persoon hoort niet (meer) bij uw organisatie.',
    en: 'This person is not (or no longer) part of your organisation.',
  },
  team_member_inactive: {
    nl: 'Deze persoon is gedeactiveerd en kan niet aan een team worden toegevoegd. Activeer het account eerst.',
    en: 'This person is deactivated and cannot be added to a team. Reactivate the account first.',
  },
  team_template_unknown: {
    nl: 'Dit teamsjabloon bestaat niet (meer) in uw organisatie.',
    en: 'This team template does not exist (any more) in your organisation.',
  },
  team_template_name_taken: {
    nl: 'Er is al een teamsjabloon met deze naam. Kies een andere naam.',
    en: 'There already is a team template with this name. Choose another name.',
  },
  location_name_taken: {
    nl: 'Er is al een locatie met deze naam. Kies een andere naam.',
    en: 'There already is a location with this name. Choose another name.',
  },
  location_unknown: {
    nl: 'Deze locatie bestaat niet (meer) in uw organisatie.',
    en: 'This location does not exist (any more) in your organisation.',
  },
  classification_name_taken: {
    nl: 'Er is al een classificatie met deze naam. Kies een andere naam.',
    en: 'There already is a classification with this name. Choose another name.',
  },
  label_name_taken: {
    nl: 'Er is al een label met deze naam. Kies een andere naam.',
    en: 'There already is a label with this name. Choose another name.',
  },
  situation_template_name_taken: {
    nl: 'Er is al een beeldvormingssjabloon met deze naam. Kies een andere naam.',
    en: 'There already is a situation template with this name. Choose another name.',
  },
  situation_template_unknown: {
    nl: 'Dit beeldvormingssjabloon bestaat niet (meer) in uw organisatie.',
    en: 'This situation template does not exist (any more) in your organisation.',
  },
  incident_template_title_taken: {
    nl: 'Er is al een scenario met deze titel. Kies een andere titel.',
    en: 'There already is a scenario with this title. Choose another title.',
  },
  field_location_coordinates: {
    nl: 'Vul zowel de breedtegraad als de lengtegraad in, of geen van beide.',
    en: 'Enter both latitude and longitude, or neither.',
  },
  field_team_name_or_template: {
    nl: 'Geef het team een naam, of kies een teamsjabloon.',
    en: 'Give the team a name, or choose a team template.',
  },
  field_members_unique: {
    nl: 'Iedere persoon kan maar één keer in een team staan.',
    en: 'Each person can be in a team only once.',
  },
  field_section_key_format: {
    nl: 'Gebruik voor de sleutel alleen kleine letters, cijfers, - en _ (bijvoorbeeld "beeldvorming").',
    en: 'Use only lower-case letters, digits, - and _ for the key (for example "beeldvorming").',
  },
  field_section_keys_unique: {
    nl: 'Iedere sectie heeft een eigen sleutel; deze sleutel komt al eerder voor.',
    en: 'Each section needs its own key; this key is used already.',
  },
} as const satisfies Record<string, { nl: string; en: string }>;
