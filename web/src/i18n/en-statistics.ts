import type { statisticsNl } from './nl-statistics';

export const statisticsEn: typeof statisticsNl = {
  statistics: {
    title: 'Usage statistics',
    intro:
      'How your organisation uses Baken, in totals only: never per person. People who objected or whose processing is restricted are in no figure.',
    operatorTitle: 'Use per organisation',
    operatorIntro:
      'How each customer organisation uses Baken, in counts only: never per person and never the content of the crisis work. People who objected or whose processing is restricted are not counted.',
    period: 'Period',
    periods: { '30': 'Last 30 days', '90': 'Last 90 days', '365': 'Last 365 days' },
    periodShown: 'From {{from}} up to {{to}}',
    loading: 'Loading the figures…',
    totalsCaption: 'Use in the chosen period',
    figure: 'What',
    value: 'Count',
    activePeople: 'Active people',
    incidentsStarted: 'Incidents started',
    exercisesStarted: 'Exercises started',
    alertsSent: 'Alerts sent',
    alertsReceived: 'Times someone was alerted',
    shareAnswered: 'Share of those answered',
    medianAnswer: 'Median time to answer',
    logbookEntries: 'Logbook entries',
    tasksCreated: 'Tasks created',
    situationUpdates: 'Situation pictures saved',
    chatMessages: 'Chat messages',
    none: 'none',
    tooFewAnswers: 'not shown: fewer than 5 people answered (it would be someone’s own time)',
    minutes: '{{count}} min',
    seconds: '{{count}} s',
    weeksCaption: 'Active people per week',
    week: 'Week of',
    people: 'People',
    organisation: 'Organisation',
    organisationsCaption: 'Use per organisation in the chosen period',
    noOrganisations: 'There are no customer organisations yet.',
    about:
      'An active person did something in Baken: started an incident or exercise, wrote a logbook entry, task, situation picture or chat message, sent an alert or answered one. Usage data is kept for 13 months.',
  },
  usageObjection: {
    title: 'Objecting to usage statistics',
    intro:
      'Baken records what you do in Baken (for example writing a logbook entry or answering an alert) for statistics on its use. Administrators see totals only, never what you did yourself. The data is kept for 13 months.',
    counted: 'You are counted in the usage statistics.',
    objecting: 'You objected (since {{since}}). Nothing about your use is recorded.',
    object: 'Object: do not count me',
    objectHint:
      'This works at once: everything recorded about your use so far is deleted, and nothing more is recorded.',
    withdraw: 'Withdraw the objection: count me again',
    withdrawHint: 'From that moment on you are counted again. What was deleted does not come back.',
    objected: 'Your objection has been carried out. What was recorded about your use has been deleted.',
    withdrawn: 'Your objection has been withdrawn. You are counted again from now on.',
  },
};
