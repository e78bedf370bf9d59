import type { consentNl } from './nl-consent';

/** English text for the cookie notice and its settings (P3, P13). */
export const consentEn: typeof consentNl = {
  consent: {
    title: 'Cookies and third-party content',
    intro:
      'Baken uses functional storage to keep you signed in and remember your language; no consent is needed for that. For analytics and for content from other parties, such as map tiles, we ask for your consent. You can change or withdraw your choice at any time through "Cookie settings" at the bottom of every page.',
    privacyLink: 'Read the privacy statement',
    current: 'Your current choice: analytics {{analytics}}, third parties {{thirdParty}}.',
    changed:
      'The privacy statement has changed since you chose. Please choose again; until then analytics and third-party content stay off.',
    yes: 'allowed',
    no: 'refused',
    acceptAll: 'Accept all',
    rejectAll: 'Reject all',
    choose: 'Let me choose',
    close: 'Close without changes',
    categories: 'Choose per kind',
    alwaysOn: 'always on',
    noAnalyticsYet:
      'Baken loads no analytics scripts at the moment; your choice is recorded and applies to any analytics added later.',
    save: 'Save my choice',
    settingsLink: 'Cookie settings',
    placeholder: {
      text: 'The map comes from {{provider}}. That party sees your IP address, so we load it only with your consent.',
      load: 'Load the map (shares your IP address with {{provider}})',
      remembered:
        'Baken remembers this consent for third-party content; you can withdraw it at any time in the',
    },
  },
};
