import { loginThrottles } from '../../../db/schema/login-throttles.js';
import { recoveryCodes, totpFactors } from '../../../db/schema/second-factors.js';
import { sessions } from '../../../db/schema/sessions.js';
import { userTokens } from '../../../db/schema/user-tokens.js';
import { mapTable } from './map-table.js';

const deleteRow = { kind: 'delete-row' } as const;
const yourAccount = { category: 'reference', description: { nl: 'Uw account', en: 'Your account' } } as const;

/**
 * Signed-in browsers, with the technical data the statement names (P7) and the person sees in
 * their list of sessions. Kept a month after the session's end, to look into suspected abuse.
 */
const signedInBrowsers = mapTable(sessions, {
  purpose: 'security',
  retention: { kind: 'days', days: 30, from: 'expiresAt' },
  subject: { kind: 'user-reference', column: 'userId' },
  heading: 'devices',
  columns: {
    userId: { ...yourAccount, erasure: deleteRow },
    tokenHash: {
      category: 'login',
      description: { nl: 'Sessienummer (cookie-id)', en: 'Session number (cookie id)' },
      purpose: 'service-access',
      erasure: deleteRow,
      export: {
        kind: 'described',
        heading: 'devices',
        shownAs: {
          nl: 'Een hash van het sessienummer in de cookie van die browser; het nummer zelf bewaart Baken niet.',
          en: 'A hash of the session number in that browser’s cookie; Baken does not keep the number itself.',
        },
      },
    },
    ipAddress: {
      category: 'technical',
      description: { nl: 'IP-adres', en: 'IP address' },
      erasure: deleteRow,
    },
    userAgent: {
      category: 'technical',
      description: { nl: 'User-agent van de browser', en: 'The browser’s user agent' },
      erasure: deleteRow,
    },
    device: { category: 'technical', description: { nl: 'Apparaat', en: 'Device' }, erasure: deleteRow },
    operatingSystem: {
      category: 'technical',
      description: { nl: 'Besturingssysteem', en: 'Operating system' },
      erasure: deleteRow,
    },
    browser: { category: 'technical', description: { nl: 'Browser', en: 'Browser' }, erasure: deleteRow },
  },
});

const described = (nl: string, en: string) =>
  ({ kind: 'described', heading: 'sign-in', shownAs: { nl, en } }) as const;

const secondFactor = mapTable(totpFactors, {
  purpose: 'security',
  retention: { kind: 'while-account' },
  subject: { kind: 'user-reference', column: 'userId' },
  heading: 'sign-in',
  columns: {
    userId: { ...yourAccount, erasure: deleteRow },
    encryptedSecret: {
      category: 'login',
      description: { nl: 'Geheim van de authenticator-app', en: 'The authenticator app’s secret' },
      erasure: deleteRow,
      export: described(
        'Een tweede factor is ingesteld; het geheim is versleuteld opgeslagen en wordt niet getoond.',
        'A second factor is set up; its secret is stored encrypted and is not shown.',
      ),
    },
  },
});

const recovery = mapTable(recoveryCodes, {
  purpose: 'security',
  retention: { kind: 'while-account' },
  subject: { kind: 'user-reference', column: 'userId' },
  heading: 'sign-in',
  columns: {
    userId: { ...yourAccount, erasure: deleteRow },
    codeHash: {
      category: 'login',
      description: { nl: 'Herstelcode', en: 'Recovery code' },
      erasure: deleteRow,
      export: described(
        'Hoeveel herstelcodes u nog heeft; alleen hashes.',
        'How many recovery codes you have left; hashes only.',
      ),
    },
  },
});

/** Links sent by e-mail; a row is useless once used or expired. */
const emailLinks = mapTable(userTokens, {
  purpose: 'service-access',
  retention: { kind: 'until-verified', deadline: 'expiresAt' },
  subject: { kind: 'user-reference', column: 'userId' },
  heading: 'sign-in',
  columns: {
    userId: { ...yourAccount, erasure: deleteRow },
    tokenHash: {
      category: 'login',
      description: { nl: 'Link in een e-mail', en: 'Link in an e-mail' },
      erasure: deleteRow,
      export: described(
        'Een openstaande link (bevestigen, uitnodigen, wachtwoord herstellen); alleen een hash.',
        'A pending link (confirmation, invitation, password reset); a hash only.',
      ),
    },
    newEmail: {
      category: 'contact',
      description: {
        nl: 'Nieuw e-mailadres, nog niet bevestigd',
        en: 'New e-mail address, not yet confirmed',
      },
      erasure: deleteRow,
      export: { kind: 'value', heading: 'account', portable: true },
    },
  },
});

/** Failed sign-ins per hashed address and account; the window is 15 minutes, so a day is ample. */
const throttles = mapTable(loginThrottles, {
  purpose: 'security',
  retention: { kind: 'days', days: 1, from: 'windowStartedAt' },
  subject: {
    kind: 'hashed',
    column: 'key',
    how: {
      nl: 'SHA-256 van het e-mailadres (kleine letters), van het IP-adres, of van beide (modules/accounts/login-throttle.ts).',
      en: 'SHA-256 of the e-mail address (lower case), of the IP address, or of both (modules/accounts/login-throttle.ts).',
    },
  },
  heading: 'sign-in',
  columns: {
    key: {
      category: 'technical',
      description: { nl: 'Mislukte inlogpogingen', en: 'Failed sign-in attempts' },
      erasure: deleteRow,
      export: described(
        'Het aantal recent mislukte inlogpogingen, bijgehouden onder een hash van uw e-mailadres en IP-adres.',
        'The number of recent failed sign-ins, counted under a hash of your e-mail address and IP address.',
      ),
    },
  },
});

export const SIGN_IN_DATA = [...signedInBrowsers, ...secondFactor, ...recovery, ...emailLinks, ...throttles];
