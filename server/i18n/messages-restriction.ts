/** Messages of the restriction of processing (GDPR art. 18, P17). */
export const RESTRICTION_MESSAGES = {
  profile_restricted: {
    nl: 'Uw profiel is vergrendeld: op uw verzoek is de verwerking van uw gegevens beperkt. Wilt u iets wijzigen, vraag dan de beheerder van uw organisatie de beperking op te heffen.',
    en: 'Your profile is locked: at your request, the processing of your data is restricted. To change something, ask your organisation’s administrator to lift the restriction.',
  },
  already_restricted: {
    nl: 'De verwerking van de gegevens van deze persoon is al beperkt.',
    en: 'Processing of this person’s data is already restricted.',
  },
  not_restricted: {
    nl: 'De verwerking van de gegevens van deze persoon is niet beperkt.',
    en: 'Processing of this person’s data is not restricted.',
  },
} as const;
