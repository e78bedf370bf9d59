/** Messages of alerting, in Dutch and English; merged into MESSAGES (messages.ts). */
export const ALERTS_MESSAGES = {
  alert_no_recipients: {
    nl: 'Niemand om te alarmeren: de gekozen teams, rollen en personen hebben geen bereikbare mensen (gedeactiveerd, beperkt of niemand met piket). Kies anderen.',
    en: 'Nobody to alert: the chosen teams, roles and people contain no one who can be reached (deactivated, restricted, or nobody on call). Choose others.',
  },
  sms_report_token_invalid: {
    nl: 'Deze afleverrapporten worden niet aangenomen: de sleutel in het adres klopt niet.',
    en: 'These delivery reports are not accepted: the key in the address is not right.',
  },
  sms_report_retry_later: {
    nl: 'Dit rapport gaat over een sms die nog wordt overgedragen. Stuur het over een minuut opnieuw.',
    en: 'This report is about an SMS that is still being handed over. Send it again in a minute.',
  },
  alert_link_invalid: {
    nl: 'Deze antwoordlink is niet geldig. Controleer of u de hele link heeft geopend, of log in om in de app te antwoorden.',
    en: 'This response link is not valid. Check that you opened the whole link, or sign in to respond in the app.',
  },
  alert_link_used: {
    nl: 'Met deze link is al geantwoord. Wilt u uw antwoord wijzigen? Log in en antwoord in de app.',
    en: 'This link has already been used to respond. Want to change your answer? Sign in and respond in the app.',
  },
  alert_link_expired: {
    nl: 'Deze antwoordlink is verlopen. Log in om in de app te antwoorden.',
    en: 'This response link has expired. Sign in to respond in the app.',
  },
  alert_cancelled: {
    nl: 'Deze alarmering is ingetrokken: u hoeft niet te antwoorden.',
    en: 'This alert has been cancelled: you do not need to respond.',
  },
} as const;
