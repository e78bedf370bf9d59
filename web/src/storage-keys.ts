/**
 * Everything the web app stores in the browser. The privacy register (cookies and local storage)
 * is generated from this list, so a new key is declared here before it is used.
 */
export interface StorageDeclaration {
  /** The key, or for caches the name prefix. */
  key: string;
  storage: 'localStorage' | 'sessionStorage' | 'indexedDB' | 'cacheStorage';
  /** `functional`: needed for what the user asked for; no consent required. */
  purpose: 'functional';
  personalData: boolean;
  retention: { nl: string; en: string };
  description: { nl: string; en: string };
}

export const STORAGE_KEYS = {
  language: {
    key: 'baken.language',
    storage: 'localStorage',
    purpose: 'functional',
    personalData: false,
    retention: { nl: 'Tot de gebruiker het wist', en: 'Until the user clears it' },
    description: {
      nl: 'De taal die de gebruiker voor de interface heeft gekozen (nl of en).',
      en: 'The interface language the user chose (nl or en).',
    },
  },
  sessionHint: {
    key: 'baken.signed-in',
    storage: 'localStorage',
    purpose: 'functional',
    personalData: false,
    retention: { nl: 'Tot de gebruiker zich afmeldt', en: 'Until the user signs out' },
    description: {
      nl: 'Of er op dit apparaat iemand is ingelogd (ja of nee), zodat Baken bezoekers die niet zijn ingelogd niet onnodig bij de server navraagt, en andere tabbladen het in- en afmelden volgen. De sessie zelf staat in een cookie die scripts niet kunnen lezen.',
      en: 'Whether someone is signed in on this device (yes or no), so Baken does not ask the server about visitors who are not signed in, and other tabs follow signing in and out. The session itself is in a cookie that scripts cannot read.',
    },
  },
  appShell: {
    key: 'workbox-precache',
    storage: 'cacheStorage',
    purpose: 'functional',
    personalData: false,
    retention: { nl: 'Tot een nieuwe versie van Baken', en: 'Until a new version of Baken' },
    description: {
      nl: 'De bestanden van de webapp zelf, zodat Baken ook zonder verbinding opent. Bevat geen gegevens.',
      en: 'The files of the web app itself, so Baken opens without a connection. Holds no data.',
    },
  },
} as const satisfies Record<string, StorageDeclaration>;
