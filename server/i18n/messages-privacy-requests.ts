/** Messages of data-subject requests (P17–P19). */
export const PRIVACY_REQUESTS_MESSAGES = {
  privacy_request_password_incorrect: {
    nl: 'Het wachtwoord klopt niet. Uw verzoek is niet ingediend.',
    en: 'The password is incorrect. Your request was not submitted.',
  },
  privacy_request_link_invalid: {
    nl: 'Deze link is niet (meer) geldig. Dien het verzoek opnieuw in, of gebruik de nieuwste e-mail.',
    en: 'This link is not valid (any more). Submit the request again, or use the most recent e-mail.',
  },
  privacy_request_closed: {
    nl: 'Dit verzoek is al afgehandeld.',
    en: 'This request has already been dealt with.',
  },
  privacy_request_changed: {
    nl: 'Iemand anders heeft dit verzoek intussen bijgewerkt. Laad het opnieuw en kijk of uw stap nog nodig is.',
    en: 'Someone else updated this request meanwhile. Reload it and check whether your step is still needed.',
  },
  privacy_request_extension_too_late: {
    nl: 'De termijn kan alleen vóór de eerste uiterste datum worden verlengd; die is verstreken.',
    en: 'The term can only be extended before the first due date, which has passed.',
  },
  privacy_request_already_extended: {
    nl: 'De termijn van dit verzoek is al verlengd.',
    en: 'The term of this request has already been extended.',
  },
  privacy_request_not_awaiting_identity: {
    nl: 'Voor dit verzoek is geen kopie van een identiteitsbewijs gevraagd.',
    en: 'No copy of an identity document was asked for this request.',
  },
  privacy_request_no_id_copy: {
    nl: 'Er is geen kopie van een identiteitsbewijs (meer) bij dit verzoek.',
    en: 'There is no copy of an identity document (any more) with this request.',
  },
  privacy_request_id_copy_invalid: {
    nl: 'Stuur een foto (JPEG of PNG) of een PDF van ten hoogste 5 MB.',
    en: 'Send a photo (JPEG or PNG) or a PDF of at most 5 MB.',
  },
  privacy_request_awaiting_identity: {
    nl: 'Er is al om een kopie van een identiteitsbewijs gevraagd; wacht op de kopie.',
    en: 'A copy of an identity document has already been asked for; wait for the copy.',
  },
  privacy_request_identity_known: {
    nl: 'De identiteit van de verzoeker staat al vast.',
    en: 'The requester’s identity has already been established.',
  },
} as const;
