import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../i18n/language';
import { useChooseLanguage } from '../session/use-choose-language';

/** Two buttons, each naming its language in that language; the pressed one is current. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const chooseLanguage = useChooseLanguage();
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
