/** Messages of the website chat (P9). */
export const SITE_CHAT_MESSAGES = {
  site_chat_erase_not_due: {
    nl: 'Gesprekken worden alleen gewist voor een verwijderingsverzoek waarvan de identiteit is vastgesteld.',
    en: 'Conversations are only erased for an erasure request whose identity has been verified.',
  },
  site_chat_not_found: {
    nl: 'Dit gesprek bestaat niet (meer). Het is beëindigd of na afloop verwijderd. U kunt een nieuw gesprek beginnen.',
    en: 'This conversation does not exist (any more). It was ended or deleted afterwards. You can start a new conversation.',
  },
  site_chat_closed: {
    nl: 'Dit gesprek is afgerond. Begin een nieuw gesprek als u nog een vraag heeft.',
    en: 'This conversation is closed. Start a new conversation if you have another question.',
  },
  site_chat_no_contact_request: {
    nl: 'Er is op dit moment niet om contactgegevens gevraagd.',
    en: 'No contact details have been asked for at the moment.',
  },
  site_chat_not_asked: {
    nl: 'Er is nog niet gevraagd of uw vraag beantwoord is.',
    en: 'You have not been asked yet whether your question is answered.',
  },
  site_chat_not_open: {
    nl: 'Dit gesprek wacht al op de bezoeker of is afgerond.',
    en: 'This conversation is already waiting for the visitor or is closed.',
  },
} as const;
