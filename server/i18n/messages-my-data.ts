/** Messages of the access report and the data downloads (P17). */
export const MY_DATA_MESSAGES = {
  my_data_password_incorrect: {
    nl: 'Het wachtwoord klopt niet. Er is niets gedownload.',
    en: 'The password is incorrect. Nothing was downloaded.',
  },
  my_data_too_large: {
    nl: 'De bestanden die u hebt toegevoegd zijn samen groter dan 150 MB en passen niet in één download. Dien een privacyverzoek in; wij sturen ze u apart.',
    en: 'The files you added come to more than 150 MB together and do not fit in one download. Submit a privacy request; we will send them to you separately.',
  },
} as const;
