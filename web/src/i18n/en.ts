import { accountsEn } from './en-accounts';
import { adminEn } from './en-admin';
import { alertsEn } from './en-alerts';
import { alertsPageEn } from './en-alerts-page';
import { breachesEn } from './en-breaches';
import { consentEn } from './en-consent';
import { disclosuresEn } from './en-disclosures';
import { incidentsEn } from './en-incidents';
import { myDataEn } from './en-my-data';
import { organisationEn } from './en-organisation';
import { preparationEn } from './en-preparation';
import { privacyEn } from './en-privacy';
import { privacyRequestsEn } from './en-privacy-requests';
import { processingRecordsEn } from './en-processing-records';
import { promisesEn } from './en-promises';
import { pushEn } from './en-push';
import { rostersEn } from './en-rosters';
import { siteChatEn } from './en-site-chat';
import { statisticsEn } from './en-statistics';
import type { Messages } from './nl';

export const en: Messages = {
  app: {
    name: 'Baken',
    tagline: 'Crisis management, crisis communication and crisis training',
  },
  skipLink: 'Skip to content',
  language: {
    label: 'Language',
  },
  navigation: {
    label: 'Main menu',
    home: 'Home',
    incidents: 'Incidents',
    alerts: 'Alerts',
    status: 'Status',
  },
  offline: 'You are offline. You are seeing the version of Baken that was loaded last.',
  externalLink: '(external website, opens in a new window)',
  footer: {
    label: 'More information',
    privacy: 'Privacy',
    apiDocs: 'API reference',
    controller: 'Responsible for your data: {{name}}',
  },
  home: {
    eyebrow: 'Crisis management · Crisis communication · Crisis training',
    title: 'Overview and calm when it matters most',
    lead: 'Baken helps municipalities, hospitals, schools and other organisations prepare for a crisis, manage it and learn from it. One platform for the crisis team, for communication and for training.',
    login: 'Sign in',
    profile: 'Go to my profile',
    more: 'What Baken does',
    featuresTitle: 'What Baken does',
    featuresIntro: 'Everything your crisis organisation needs, from the first report to the close.',
    management: {
      title: 'Crisis management',
      text: 'Start an incident from a prepared scenario and alert the right teams within seconds. The crisis team works from one live logbook, with clear tasks and a shared situation picture.',
      points: [
        'Incidents from prepared scenarios',
        'Alert teams within seconds',
        'One live logbook for the whole team',
        'Tasks and a shared situation picture',
      ],
    },
    communication: {
      title: 'Crisis communication',
      text: 'Inform staff, stakeholders and the outside world quickly and consistently, from the same place the crisis team works.',
      points: [
        'Messages to staff and target groups',
        'Safety check: who is safe, who needs help?',
        'Statements for press and public',
        'A public status page',
      ],
    },
    training: {
      title: 'Training',
      text: 'A crisis team gets stronger by training. In Baken you prepare an exercise that unfolds through timed injects: reports that arrive at set moments.',
      points: ['Exercises from prepared scenarios', 'Timed injects that drive the exercise'],
    },
    plans: {
      title: 'Plans',
      text: 'Crisis plans and playbooks always at hand: readable on your phone, even without an internet connection.',
      points: ['Plans and playbooks in one place', 'Readable offline on phone and tablet'],
    },
    privacy: {
      title: 'Privacy by design',
      text: 'A crisis affects people. That is why Baken handles their data sparingly and verifiably.',
      points: [
        'Nothing loads from third parties: no trackers, no external fonts or scripts',
        'For every item of personal data: purpose, legal basis and retention period on record',
        'Runs on your own server or with a hosting provider of your choice',
      ],
    },
    install: {
      title: 'On every device, without an app store',
      text: 'Baken is a web app. You install it from the browser on your phone, tablet or computer, and it opens even when the connection drops.',
    },
  },
  status: {
    title: 'System status',
    intro: 'The current status of this Baken installation.',
    checking: 'Fetching the status…',
    summaryReady: 'All components are working.',
    summaryNotReady:
      'The server is running but not ready: the database does not respond or the server is shutting down.',
    summaryUnreachable: 'The server cannot be reached.',
    summaryOffline: 'You are offline. The status will be fetched as soon as the connection is back.',
    server: 'Server',
    database: 'Database',
    version: 'Version',
    checkedAt: 'Last checked',
    reachable: 'Reachable',
    unreachable: 'Unreachable',
    notReady: 'Not ready',
    unknown: 'Unknown',
    databasePglite: 'Reachable (embedded, PGlite)',
    databasePostgres: 'Reachable (PostgreSQL)',
    refresh: 'Check again',
  },
  notFound: {
    title: 'Page not found',
    text: 'This page does not exist (any more). Check the address or go to the home page.',
    home: 'Go to the home page',
  },
  ...accountsEn,
  ...adminEn,
  ...organisationEn,
  ...preparationEn,
  ...alertsEn,
  ...alertsPageEn,
  ...pushEn,
  ...promisesEn,
  ...rostersEn,
  ...privacyEn,
  ...consentEn,
  ...incidentsEn,
  ...myDataEn,
  ...statisticsEn,
  ...privacyRequestsEn,
  ...siteChatEn,
  ...processingRecordsEn,
  ...disclosuresEn,
  ...breachesEn,
};
