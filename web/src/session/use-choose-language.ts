import { updateMe } from '../api/me-api';
import { chooseLanguage } from '../i18n/i18n';
import type { LanguageCode } from '../i18n/language';
import { useSession } from './session-context';

/** Switches the interface language; when signed in, the account remembers it too (other devices, e-mail). */
export function useChooseLanguage(): (code: LanguageCode) => void {
  const { user, setUser } = useSession();
  return (code) => {
    chooseLanguage(code);
    if (!user || user.language === code) return;
    updateMe({ language: code }).then(setUser, () => {
      // Kept on this device only; the profile page shows the account's language to correct it.
    });
  };
}
