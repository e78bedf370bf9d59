import { useTranslation } from 'react-i18next';

/** What the server accepts as a password, said before the user types (also the field's hint). */
export function PasswordRules() {
  const { t } = useTranslation();
  return (
    <>
      <p className="field__hint-title">{t('passwordRules.title')}</p>
      <ul className="field__hint-list">
        {t('passwordRules.rules', { returnObjects: true }).map((rule) => (
          <li key={rule}>{rule}</li>
        ))}
      </ul>
    </>
  );
}

export const MINIMUM_PASSWORD_LENGTH = 12;
