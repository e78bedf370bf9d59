import { operatorStaff } from '../../../db/schema/operators.js';
import { pushSubscriptions } from '../../../db/schema/push-subscriptions.js';
import { users } from '../../../db/schema/users.js';
import { mapTable } from './map-table.js';

const deleteRow = { kind: 'delete-row' } as const;

/** The account and the personal environment (P8): what the person or their organisation supplied. */
const account = mapTable(users, {
  purpose: 'service-access',
  retention: { kind: 'while-account' },
  subject: { kind: 'account' },
  heading: 'account',
  portable: true,
  columns: {
    organisationId: {
      category: 'identity',
      description: {
        nl: 'De organisatie waarvoor u Baken gebruikt',
        en: 'The organisation you use Baken for',
      },
      erasure: deleteRow,
      export: { kind: 'value', heading: 'account', portable: false },
    },
    name: { category: 'identity', description: { nl: 'Naam', en: 'Name' }, erasure: deleteRow },
    email: {
      category: 'contact',
      description: { nl: 'E-mailadres', en: 'E-mail address' },
      erasure: deleteRow,
    },
    // Needed only to reach the person by SMS when an alert calls them.
    phone: {
      category: 'contact',
      description: { nl: 'Telefoonnummer (voor alarmering per sms)', en: 'Phone number (for alerts by SMS)' },
      purpose: 'crisis-work',
      erasure: deleteRow,
    },
    jobTitle: { category: 'identity', description: { nl: 'Functie', en: 'Job title' }, erasure: deleteRow },
    role: {
      category: 'identity',
      description: { nl: 'Rechten in Baken (beheerder of lid)', en: 'Rights in Baken (admin or member)' },
      erasure: deleteRow,
      export: { kind: 'value', heading: 'account', portable: false },
    },
    passwordHash: {
      category: 'login',
      description: { nl: 'Wachtwoord', en: 'Password' },
      erasure: deleteRow,
      export: {
        kind: 'described',
        heading: 'sign-in',
        shownAs: {
          nl: 'Er is een wachtwoord ingesteld. Baken bewaart alleen een onomkeerbare hash (argon2id), nooit het wachtwoord zelf.',
          en: 'A password is set. Baken keeps only an irreversible hash (argon2id), never the password itself.',
        },
      },
    },
    language: { category: 'settings', description: { nl: 'Taal', en: 'Language' }, erasure: deleteRow },
    timeZone: { category: 'settings', description: { nl: 'Tijdzone', en: 'Time zone' }, erasure: deleteRow },
    notificationChannels: {
      category: 'settings',
      description: { nl: 'Hoe u gealarmeerd wilt worden', en: 'How you want to be alerted' },
      purpose: 'crisis-work',
      erasure: deleteRow,
    },
    quietHours: {
      category: 'settings',
      description: { nl: 'Stille uren', en: 'Quiet hours' },
      purpose: 'crisis-work',
      erasure: deleteRow,
    },
  },
});

/** A device that receives alerts by Web Push; removed with the account or when the device unsubscribes. */
const pushDevices = mapTable(pushSubscriptions, {
  purpose: 'crisis-work',
  retention: { kind: 'while-account' },
  subject: { kind: 'user-reference', column: 'userId' },
  heading: 'devices',
  columns: {
    userId: {
      category: 'reference',
      description: { nl: 'Uw account', en: 'Your account' },
      erasure: deleteRow,
    },
    deviceLabel: {
      category: 'technical',
      description: {
        nl: 'Apparaat en browser (bijv. Chrome op Android)',
        en: 'Device and browser (e.g. Chrome on Android)',
      },
      erasure: deleteRow,
    },
    endpoint: {
      category: 'technical',
      description: {
        nl: 'Adres van het apparaat bij de pushdienst',
        en: 'The device’s address at the push service',
      },
      erasure: deleteRow,
      export: {
        kind: 'described',
        heading: 'devices',
        shownAs: {
          nl: 'Het adres bij de pushdienst van uw browser (Google, Mozilla, Apple of Microsoft) waarop dit apparaat alarmeringen ontvangt. Niet getoond: wie het kent, kan berichten naar het apparaat sturen.',
          en: 'The address at your browser’s push service (Google, Mozilla, Apple or Microsoft) at which this device receives alerts. Not shown: whoever knows it can send messages to the device.',
        },
      },
    },
    p256dh: {
      category: 'login',
      description: { nl: 'Publieke sleutel van het apparaat', en: 'The device’s public key' },
      erasure: deleteRow,
      export: {
        kind: 'described',
        heading: 'devices',
        shownAs: {
          nl: 'De sleutel waarmee Baken alarmeringen voor dit apparaat versleutelt.',
          en: 'The key with which Baken encrypts alerts for this device.',
        },
      },
    },
    auth: {
      category: 'login',
      description: { nl: 'Geheim van het apparaat voor Web Push', en: 'The device’s Web Push secret' },
      erasure: deleteRow,
      export: {
        kind: 'described',
        heading: 'devices',
        shownAs: {
          nl: 'Een geheim dat alleen Baken en het apparaat kennen, voor de versleuteling.',
          en: 'A secret only Baken and the device know, for the encryption.',
        },
      },
    },
  },
});

/** Staff of the operator: their operator role gives access to the operator console. */
const operatorRoles = mapTable(operatorStaff, {
  purpose: 'security',
  retention: { kind: 'while-account' },
  subject: { kind: 'user-reference', column: 'userId' },
  heading: 'account',
  columns: {
    userId: {
      category: 'reference',
      description: { nl: 'Uw account', en: 'Your account' },
      erasure: deleteRow,
    },
    role: {
      category: 'identity',
      description: { nl: 'Rol bij de beheerder van Baken', en: 'Role at the operator of Baken' },
      erasure: deleteRow,
    },
  },
});

export const ACCOUNT_DATA = [...account, ...pushDevices, ...operatorRoles];
