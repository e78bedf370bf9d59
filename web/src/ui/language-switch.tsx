import { useTranslation } from 'react-i18next';
import { chooseLanguage } from '../i18n/i18n';
import { LANGUAGES } from '../i18n/language';

/** Two buttons, each naming its language in that language; the pressed one is current. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <fieldset className="language-switch">
      <legend className="visually-hidden">{t('language.label')}</legend>
      {LANGUAGES.map((language) => (
        <button
          key={language.code}
          type="button"
          lang={language.code}
          aria-pressed={i18n.resolvedLanguage === language.code}
          onClick={() => chooseLanguage(language.code)}
        >
          {language.name}
        </button>
      ))}
    </fieldset>
  );
}
