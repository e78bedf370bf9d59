/** Messages of the access report and the data downloads (P17). */
export const MY_DATA_MESSAGES = {
  my_data_password_incorrect: {
    nl: 'Het wachtwoord klopt niet. Er is niets gedownload.',
    en: 'The password is incorrect. Nothing was downloaded.',
  },
} as const;
