import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import {
  DEFAULT_LANGUAGE,
  LANGUAGES,
  type LanguageCode,
  readStoredLanguage,
  storeLanguage,
} from './language';
import { nl } from './nl';

/** Starts i18next synchronously with the bundled text, in the remembered language or Dutch. */
export function setUpI18n(): void {
  const language = readStoredLanguage() ?? DEFAULT_LANGUAGE;
  i18next.on('languageChanged', (code) => {
    document.documentElement.lang = code;
  });
  void i18next.use(initReactI18next).init({
    resources: { nl: { translation: nl }, en: { translation: en } },
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: LANGUAGES.map((entry) => entry.code),
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  document.documentElement.lang = language;
}

/** Switches the interface language and remembers the choice on this device. */
export function chooseLanguage(code: LanguageCode): void {
  storeLanguage(code);
  void i18next.changeLanguage(code);
}
