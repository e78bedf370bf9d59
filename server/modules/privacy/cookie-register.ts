import {
  type BilingualText,
  type CookieDeclaration,
  STORAGE_KEYS,
  type StorageCategory,
  type StorageDeclaration,
  type StorageParty,
} from '../../../common/privacy/browser-storage.js';
// The register reads the cookie's declaration where the cookie is set, so they cannot differ.
import { SESSION_COOKIE_DECLARATION } from '../../routes/auth/session-cookie.js';

export type StorageMechanism = 'cookie' | StorageDeclaration['storage'];

/** One row of the cookie register (P13): a cookie or a key in the browser's storage. */
export interface CookieRegisterEntry {
  name: string;
  mechanism: StorageMechanism;
  /** Caches are named by Workbox with a version and scope after the declared prefix. */
  nameIsPrefix: boolean;
  category: StorageCategory;
  party: StorageParty;
  personalData: boolean;
  purpose: BilingualText;
  lifetime: BilingualText;
  /** The longest a cookie is kept; null for storage the app itself clears on an event. */
  maxAgeSeconds: number | null;
}

function fromCookie(cookie: CookieDeclaration): CookieRegisterEntry {
  return {
    name: cookie.name,
    mechanism: 'cookie',
    nameIsPrefix: false,
    category: cookie.category,
    party: cookie.party,
    personalData: cookie.personalData,
    purpose: cookie.purpose,
    lifetime: cookie.lifetime,
    maxAgeSeconds: cookie.maxAgeSeconds,
  };
}

function fromStorage(key: StorageDeclaration): CookieRegisterEntry {
  return {
    name: key.key,
    mechanism: key.storage,
    nameIsPrefix: key.storage === 'cacheStorage',
    category: key.category,
    party: key.party,
    personalData: key.personalData,
    purpose: key.purpose,
    lifetime: key.lifetime,
    maxAgeSeconds: null,
  };
}

/**
 * Every cookie the server sets and every key the web app stores, generated from their
 * declarations: the server's session cookie (routes/auth/session-cookie.ts) and the web app's
 * keys (common/privacy/browser-storage.ts). Nothing is written by hand here.
 */
// @promise P13 the cookie register, generated from the declarations where cookies and keys are set
export const COOKIE_REGISTER: readonly CookieRegisterEntry[] = [
  fromCookie(SESSION_COOKIE_DECLARATION),
  ...Object.values(STORAGE_KEYS).map(fromStorage),
];

/** The register's entry for something found in a browser, or undefined when it is undeclared. */
export function declaredStorage(mechanism: StorageMechanism, name: string): CookieRegisterEntry | undefined {
  return COOKIE_REGISTER.find(
    (entry) =>
      entry.mechanism === mechanism &&
      (entry.nameIsPrefix ? name.startsWith(entry.name) : entry.name === name),
  );
}
