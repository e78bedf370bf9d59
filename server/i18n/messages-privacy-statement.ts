/** Messages of the privacy statement, in Dutch and English; merged into MESSAGES (messages.ts). */
export const PRIVACY_STATEMENT_MESSAGES = {
  privacy_statement_staff_only: {
    nl: 'Alleen de privacyfunctionaris of een platformbeheerder van de beheerder mag de privacyverklaring en de contactgegevens wijzigen.',
    en: 'Only the operator’s privacy officer or a platform admin may change the privacy statement and the contact details.',
  },
  field_statement_versions_differ: {
    nl: 'Kies twee verschillende versies om te vergelijken.',
    en: 'Choose two different versions to compare.',
  },
  field_statement_version_unknown: {
    nl: 'Deze versie van de privacyverklaring bestaat niet.',
    en: 'This version of the privacy statement does not exist.',
  },
  field_controller_email: {
    nl: 'Vul een geldig e-mailadres in, of laat het veld leeg.',
    en: 'Enter a valid e-mail address, or leave the field empty.',
  },
} as const;
