/** Messages of the logbook area (logbook, attachments, chat), in Dutch and English; merged into MESSAGES (messages.ts). */
export const LOGBOOK_MESSAGES = {
  logbook_classification_unknown: {
    nl: 'Deze classificatie bestaat niet (meer) in uw organisatie. Kies een andere of laat het veld leeg.',
    en: 'This classification does not exist (any more) in your organisation. Choose another or leave it empty.',
  },
  logbook_label_unknown: {
    nl: 'Een gekozen label bestaat niet (meer) in uw organisatie. Haal het weg of kies een ander label.',
    en: 'A chosen label does not exist (any more) in your organisation. Remove it or choose another label.',
  },
  attachment_too_large: {
    nl: 'De bijlage is te groot: een bestand mag hoogstens 5 MB zijn.',
    en: 'The attachment is too large: a file may be 5 MB at most.',
  },
  attachment_empty: {
    nl: 'De bijlage is leeg. Kies een bestand met inhoud.',
    en: 'The attachment is empty. Choose a file with content.',
  },
  attachment_type_not_allowed: {
    nl: 'Dit soort bestand kan niet als bijlage worden toegevoegd. Toegestaan zijn afbeeldingen (PNG, JPEG, WebP, GIF), PDF, tekst, CSV en kantoordocumenten (Word, Excel, PowerPoint, OpenDocument).',
    en: 'This kind of file cannot be attached. Allowed are images (PNG, JPEG, WebP, GIF), PDF, text, CSV and office documents (Word, Excel, PowerPoint, OpenDocument).',
  },
  attachment_content_mismatch: {
    nl: 'De inhoud van de bijlage past niet bij het soort bestand dat is opgegeven. Controleer het bestand.',
    en: 'The content of the attachment does not match the kind of file given. Please check the file.',
  },
  attachment_not_base64: {
    nl: 'De bijlage kon niet worden gelezen: de inhoud moet base64-gecodeerd zijn.',
    en: 'The attachment could not be read: its content must be base64-encoded.',
  },
  chat_disabled: {
    nl: 'De chat staat uit voor dit incident. Gebruik het logboek, of vraag de chat aan te zetten.',
    en: 'The chat is switched off for this incident. Use the logbook, or ask for the chat to be switched on.',
  },
  chat_cursor_unknown: {
    nl: 'Het bericht om vanaf terug te bladeren bestaat niet in deze chat. Laad de chat opnieuw.',
    en: 'The message to page back from does not exist in this chat. Reload the chat.',
  },
} as const satisfies Record<string, { nl: string; en: string }>;
