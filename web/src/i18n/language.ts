import { STORAGE_KEYS } from '../storage-keys';

/** Each language is named in itself, whatever the current interface language. */
export const LANGUAGES = [
  { code: 'nl', name: 'Nederlands' },
  { code: 'en', name: 'English' },
] as const;

export type LanguageCode = (typeof LANGUAGES)[number]['code'];

export const DEFAULT_LANGUAGE: LanguageCode = 'nl';

export function isLanguageCode(value: unknown): value is LanguageCode {
  return LANGUAGES.some((language) => language.code === value);
}

// Storage can be unavailable (blocked by the browser or a policy); the app then simply forgets.
export function readStoredLanguage(): LanguageCode | undefined {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEYS.language.key);
    return isLanguageCode(stored) ? stored : undefined;
  } catch {
    return undefined;
  }
}

export function storeLanguage(code: LanguageCode): void {
  try {
    window.localStorage.setItem(STORAGE_KEYS.language.key, code);
  } catch {
    // Not remembered; the choice still applies to this page.
  }
}
