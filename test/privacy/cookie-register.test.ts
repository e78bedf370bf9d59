import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STORAGE_CATEGORIES, STORAGE_KEYS } from '../../common/privacy/browser-storage.js';
import { PROJECT_ROOT } from '../../server/config/paths.js';
import { SESSION_ABSOLUTE_MS, SESSION_COOKIE } from '../../server/modules/accounts/session-tokens.js';
import { COOKIE_REGISTER, declaredStorage } from '../../server/modules/privacy/cookie-register.js';
import * as sessionCookie from '../../server/routes/auth/session-cookie.js';

/** Source files under `folder`, tests left out, as [path from the project root, text]. */
function sources(folder: string, pattern: RegExp): [string, string][] {
  const root = join(PROJECT_ROOT, folder);
  return (readdirSync(root, { recursive: true }) as string[])
    .filter((path) => pattern.test(path) && !/\.test\.tsx?$/.test(path))
    .map((path) => [relative(PROJECT_ROOT, join(root, path)), readFileSync(join(root, path), 'utf8')]);
}

// Where the server sets cookies; each of these files exports its cookies' declarations.
const COOKIE_SETTING_FILES = ['server/routes/auth/session-cookie.ts'];

// @promise P13
describe('the cookie register (P13)', () => {
  it('holds the session cookie as declared where it is set', () => {
    const session = COOKIE_REGISTER.find((entry) => entry.mechanism === 'cookie');
    expect(session).toMatchObject({
      name: SESSION_COOKIE,
      category: 'functional',
      party: 'first',
      personalData: true,
    });
    expect(sessionCookie.SESSION_COOKIE_DECLARATION.maxAgeSeconds * 1000).toBe(SESSION_ABSOLUTE_MS);
    expect(session?.lifetime.nl).toContain('7 dagen');
    expect(session?.lifetime.en).toContain('12 hours');
  });

  it('holds every key the web app declares, and nothing else', () => {
    const declaredKeys = Object.values(STORAGE_KEYS).map((key) => `${key.storage}:${key.key}`);
    const cookieNames = Object.entries(sessionCookie)
      .filter(([name]) => name.endsWith('_DECLARATION'))
      .map(([, declaration]) => `cookie:${(declaration as { name: string }).name}`);
    expect(COOKIE_REGISTER.map((entry) => `${entry.mechanism}:${entry.name}`).sort()).toEqual(
      [...cookieNames, ...declaredKeys].sort(),
    );
  });

  it('describes each entry in both languages with a known category', () => {
    for (const entry of COOKIE_REGISTER) {
      expect(entry.category in STORAGE_CATEGORIES).toBe(true);
      expect(entry.purpose.nl && entry.purpose.en && entry.lifetime.nl && entry.lifetime.en).toBeTruthy();
    }
  });

  it('declares the consent choice as functional, first-party storage that holds personal data', () => {
    expect(declaredStorage('localStorage', 'baken.consent')).toMatchObject({
      category: 'functional',
      party: 'first',
      personalData: true,
    });
    expect(STORAGE_KEYS.consent.purpose.nl).toContain('Pas opgeslagen nadat u kiest');
    expect(STORAGE_KEYS.consent.lifetime.en).toContain('twelve months');
  });

  // Baken loads no analytics and sets no third-party cookie: the categories exist for the choice.
  it('holds only functional storage, as Baken loads no analytics or third-party scripts', () => {
    expect(COOKIE_REGISTER.filter((entry) => entry.category !== 'functional')).toEqual([]);
    expect(COOKIE_REGISTER.filter((entry) => entry.party !== 'first')).toEqual([]);
  });

  it('recognises Workbox’s versioned cache name by its declared prefix, and nothing undeclared', () => {
    expect(declaredStorage('cacheStorage', 'workbox-precache-v2-https://baken.example.nl/')?.name).toBe(
      'workbox-precache',
    );
    expect(declaredStorage('localStorage', 'baken.language')?.category).toBe('functional');
    expect(declaredStorage('localStorage', 'baken.tracking')).toBeUndefined();
    expect(declaredStorage('cookie', `${SESSION_COOKIE}-copy`)).toBeUndefined();
  });
});

describe('nothing is stored in a browser without a declaration', () => {
  it('the server sets cookies only in files that declare them, by the declared name', () => {
    const setting = sources('server', /\.ts$/).filter(([, text]) =>
      /\b(setCookie|setSignedCookie)\(|['"]set-cookie['"]/i.test(text),
    );
    expect(setting.map(([path]) => path)).toEqual(COOKIE_SETTING_FILES);
    for (const [, text] of setting) {
      const names = [...text.matchAll(/\b(?:setCookie|setSignedCookie)\(\s*\w+,\s*([^,]+),/g)].map(
        (match) => match[1],
      );
      expect(names.length).toBeGreaterThan(0);
      for (const name of names) expect(name).toMatch(/^[A-Z_]+_DECLARATION\.name$/);
    }
  });

  it('the web app writes storage only under declared keys', () => {
    const web = [...sources('web/src', /\.tsx?$/), ...sources('web/public', /\.js$/)];
    const problems: string[] = [];
    for (const [path, text] of web) {
      if (/document\.cookie\s*=/.test(text)) problems.push(`${path}: sets document.cookie`);
      if (/(localStorage|sessionStorage)\.setItem\(\s*['"`]/.test(text))
        problems.push(`${path}: literal key`);
      if (/indexedDB\.open\(|caches\.open\(/.test(text))
        problems.push(`${path}: undeclared database or cache`);
      if (/(localStorage|sessionStorage)\./.test(text) && !/storage-keys/.test(text))
        problems.push(`${path}: uses storage without STORAGE_KEYS`);
    }
    expect(problems).toEqual([]);
  });

  // @promise P13 the consent choice is stored only by the consent feature, once the server recorded it
  it('only the consent feature writes the consent choice', () => {
    const writers = sources('web/src', /\.tsx?$/)
      .filter(([, text]) => /STORAGE_KEYS\.consent\.key/.test(text))
      .map(([path]) => path);
    expect(writers).toEqual(['web/src/features/consent/consent-store.ts']);
  });
});
