// Shared by the server (the cookie register, P13) and the web app (which reads and writes these keys).
// This file has no imports, so both the server's NodeNext build and Vite's bundler can load it.

/** Text in both interface languages. */
export interface BilingualText {
  nl: string;
  en: string;
}

/**
 * Why something is stored in the browser. Only `functional` may be set before the visitor chooses
 * in the consent banner; the other two need consent, recorded in the consent records (P3). Baken
 * loads no analytics script: the category exists so the choice is asked and recorded, and any
 * future analytics must check it first.
 */
export const STORAGE_CATEGORIES = {
  functional: {
    nl: 'Functioneel',
    en: 'Functional',
    explanation: {
      nl: 'Nodig voor wat u zelf vraagt: ingelogd blijven, uw taal onthouden, Baken zonder verbinding openen. Hiervoor is geen toestemming nodig.',
      en: 'Needed for what you ask for yourself: staying signed in, remembering your language, opening Baken without a connection. No consent is needed for these.',
    },
  },
  analytics: {
    nl: 'Statistiek',
    en: 'Analytics',
    explanation: {
      nl: 'Inzicht in hoe Baken gebruikt wordt. Alleen met uw toestemming.',
      en: 'Insight into how Baken is used. Only with your consent.',
    },
  },
  'third-party': {
    nl: 'Derden',
    en: 'Third parties',
    explanation: {
      nl: 'Inhoud van een andere partij, zoals kaarttegels, die daarbij uw IP-adres ziet. Alleen met uw toestemming.',
      en: 'Content from another party, such as map tiles, which sees your IP address. Only with your consent.',
    },
  },
} as const satisfies Record<string, BilingualText & { explanation: BilingualText }>;

export type StorageCategory = keyof typeof STORAGE_CATEGORIES;

/** Whose storage it is: Baken's own origin, or another party's. */
export type StorageParty = 'first' | 'third';

/** What every register row says, whatever the mechanism. */
interface StoredItemDeclaration {
  category: StorageCategory;
  party: StorageParty;
  /** Whether the value says something about a person (the session token does; the language does not). */
  personalData: boolean;
  purpose: BilingualText;
  lifetime: BilingualText;
}

/** A key in the browser's own storage, set by the web app's scripts. */
export interface StorageDeclaration extends StoredItemDeclaration {
  /** The key, or for caches the name prefix. */
  key: string;
  storage: 'localStorage' | 'sessionStorage' | 'indexedDB' | 'cacheStorage';
}

/** A cookie, set by the server in a Set-Cookie header. */
export interface CookieDeclaration extends StoredItemDeclaration {
  name: string;
  /** HttpOnly: scripts, including the app's own, cannot read it. */
  httpOnly: boolean;
  /** The longest the browser keeps it, in seconds. */
  maxAgeSeconds: number;
}

/**
 * Everything the web app stores in the browser. The privacy register (cookies and local storage)
 * is generated from this list, so a new key is declared here before it is used; the web app reads
 * the keys through web/src/storage-keys.ts.
 */
export const STORAGE_KEYS = {
  language: {
    key: 'baken.language',
    storage: 'localStorage',
    category: 'functional',
    party: 'first',
    personalData: false,
    lifetime: { nl: 'Tot de gebruiker het wist', en: 'Until the user clears it' },
    purpose: {
      nl: 'De taal die de gebruiker voor de interface heeft gekozen (nl of en).',
      en: 'The interface language the user chose (nl or en).',
    },
  },
  sessionHint: {
    key: 'baken.signed-in',
    storage: 'localStorage',
    category: 'functional',
    party: 'first',
    personalData: false,
    lifetime: { nl: 'Tot de gebruiker zich afmeldt', en: 'Until the user signs out' },
    purpose: {
      nl: 'Of er op dit apparaat iemand is ingelogd (ja of nee), zodat Baken bezoekers die niet zijn ingelogd niet onnodig bij de server navraagt, en andere tabbladen het in- en afmelden volgen. De sessie zelf staat in een cookie die scripts niet kunnen lezen.',
      en: 'Whether someone is signed in on this device (yes or no), so Baken does not ask the server about visitors who are not signed in, and other tabs follow signing in and out. The session itself is in a cookie that scripts cannot read.',
    },
  },
  consent: {
    key: 'baken.consent',
    storage: 'localStorage',
    category: 'functional',
    party: 'first',
    personalData: true,
    lifetime: {
      nl: 'Tot u uw keuze wijzigt of het wist; na twaalf maanden vraagt Baken opnieuw',
      en: 'Until you change your choice or clear it; after twelve months Baken asks again',
    },
    purpose: {
      nl: 'Uw keuze in de cookiemelding (statistiek, derden) met een willekeurig toestemmingsnummer, zodat Baken de melding niet steeds opnieuw toont en uw keuze kan bewijzen. Pas opgeslagen nadat u kiest.',
      en: 'Your choice in the cookie notice (analytics, third parties) with a random consent number, so Baken does not show the notice again and again and can prove your choice. Stored only after you choose.',
    },
  },
  siteChat: {
    key: 'baken.site-chat',
    storage: 'localStorage',
    category: 'functional',
    party: 'first',
    personalData: true,
    lifetime: {
      nl: 'Tot u het gesprek beëindigt of een nieuw begint; na afloop werkt de sleutel niet meer (uiterlijk 30 dagen)',
      en: 'Until you end the conversation or start a new one; afterwards the key no longer works (30 days at most)',
    },
    purpose: {
      nl: 'De willekeurige sleutel van uw chatgesprek met ons, zodat u het na het herladen van de pagina kunt teruglezen en voortzetten. Pas opgeslagen wanneer u uw eerste bericht verstuurt.',
      en: 'The random key of your chat conversation with us, so you can read it back and continue after reloading the page. Stored only when you send your first message.',
    },
  },
  appShell: {
    key: 'workbox-precache',
    storage: 'cacheStorage',
    category: 'functional',
    party: 'first',
    personalData: false,
    lifetime: { nl: 'Tot een nieuwe versie van Baken', en: 'Until a new version of Baken' },
    purpose: {
      nl: 'De bestanden van de webapp zelf, zodat Baken ook zonder verbinding opent. Bevat geen gegevens.',
      en: 'The files of the web app itself, so Baken opens without a connection. Holds no data.',
    },
  },
} as const satisfies Record<string, StorageDeclaration>;
