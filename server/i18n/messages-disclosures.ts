/** Messages of disclosures (P11), transfers to a third party, legal holds and withdrawn requests (P17). */
export const DISCLOSURES_MESSAGES = {
  disclosure_basis_not_allowed: {
    nl: 'Deze grondslag is voor dit soort verstrekking niet toegestaan. Kies een van de toegestane grondslagen.',
    en: 'This legal basis is not allowed for this kind of disclosure. Choose one of the allowed bases.',
  },
  disclosure_subject_unknown: {
    nl: 'Er is geen account met dit e-mailadres. Laat het veld leeg en beschrijf om wie het gaat.',
    en: 'There is no account with this e-mail address. Leave the field empty and describe whom it concerns.',
  },
  recipient_notice_done: {
    nl: 'Deze ontvanger is al geïnformeerd. Er is niets gewijzigd.',
    en: 'This recipient has already been told. Nothing was changed.',
  },
  disclosure_subject_missing: {
    nl: 'Geef aan over wie de gegevens gaan: een e-mailadres van een account of een beschrijving.',
    en: 'Say whom the data is about: the e-mail address of an account or a description.',
  },
  portability_transfer_password_incorrect: {
    nl: 'Het wachtwoord klopt niet. Er is niets verstuurd.',
    en: 'The password is incorrect. Nothing was sent.',
  },
  portability_transfer_link_invalid: {
    nl: 'Deze downloadlink is niet (meer) geldig: hij is al gebruikt of verlopen. Vraag de afzender om een nieuwe.',
    en: 'This download link is not valid (any more): it was used or has expired. Ask the sender for a new one.',
  },
  legal_hold_target_unknown: {
    nl: 'Deze persoon of dit incident bestaat niet in de organisatie.',
    en: 'This person or incident does not exist in the organisation.',
  },
  legal_hold_until_past: {
    nl: 'De einddatum van de bewaarplicht moet in de toekomst liggen.',
    en: 'The end date of the legal hold must be in the future.',
  },
  legal_hold_incident_held: {
    nl: 'Dit incident valt onder een bewaarplicht en kan niet worden verwijderd tot die is opgeheven.',
    en: 'This incident is under a legal hold and cannot be deleted until the hold is lifted.',
  },
  legal_hold_lifted: {
    nl: 'Deze bewaarplicht is al opgeheven.',
    en: 'This legal hold has already been lifted.',
  },
  privacy_request_not_withdrawable: {
    nl: 'Dit verzoek is al afgehandeld of ingetrokken en kan niet meer worden ingetrokken.',
    en: 'This request has already been dealt with or withdrawn and can no longer be withdrawn.',
  },
} as const;
