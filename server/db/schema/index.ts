// The schema object Drizzle needs as one value; application code imports tables from their own files.

export * from './alerts.js';
export * from './api-keys.js';
export * from './audit-log.js';
export * from './consent-records.js';
export * from './erasure-schedule.js';
export * from './events.js';
export * from './incident-templates.js';
export * from './incidents.js';
export * from './login-throttles.js';
export * from './mail-messages.js';
export * from './operators.js';
export * from './organisations.js';
export * from './platform-keys.js';
export * from './preparation.js';
export * from './privacy-requests.js';
export * from './privacy-statement.js';
export * from './push-subscriptions.js';
export * from './rosters.js';
export * from './second-factors.js';
export * from './sessions.js';
export * from './support-grants.js';
export * from './teams.js';
export * from './user-tokens.js';
export * from './users.js';
