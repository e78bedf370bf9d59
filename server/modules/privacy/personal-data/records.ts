import { apiKeys } from '../../../db/schema/api-keys.js';
import { auditLog } from '../../../db/schema/audit-log.js';
import { erasureSchedule } from '../../../db/schema/erasure-schedule.js';
import { supportGrants } from '../../../db/schema/support-grants.js';
import { mapTable } from './map-table.js';

// Records kept to account for what happened: the audit log, support access, scheduled erasure.
// They outlive an erasure request on purpose, each with its exception (rules.ts).

const auditTrail = { kind: 'keep', exception: 'audit-trail' } as const;
const erasureEvidence = { kind: 'keep', exception: 'erasure-evidence' } as const;

/** Two years: long enough to look into an incident reported late, short enough to matter. */
const AUDIT_DAYS = 730;

const audit = mapTable(auditLog, {
  purpose: 'security',
  retention: { kind: 'days', days: AUDIT_DAYS, from: 'createdAt' },
  subject: { kind: 'user-reference', column: 'actorUserId' },
  heading: 'audit',
  columns: {
    actorUserId: {
      category: 'reference',
      description: { nl: 'Wie de handeling uitvoerde', en: 'Who performed the action' },
      erasure: auditTrail,
    },
    // A user id when target_type is 'user' (invited, deactivated, cancelled…).
    targetId: {
      category: 'reference',
      description: { nl: 'Om wie de handeling ging', en: 'Whom the action concerned' },
      subject: { kind: 'user-reference', column: 'targetId' },
      erasure: auditTrail,
    },
    ipAddress: {
      category: 'technical',
      description: { nl: 'IP-adres bij de handeling', en: 'IP address of the action' },
      erasure: auditTrail,
    },
    details: {
      category: 'content',
      description: { nl: 'Bijzonderheden van de handeling', en: 'Details of the action' },
      subject: { kind: 'search-value' },
      erasure: auditTrail,
      mayNamePeople: true,
    },
  },
});

/** Who let operator staff look at the organisation's content, and why. */
const supportAccess = mapTable(supportGrants, {
  purpose: 'security',
  retention: { kind: 'days', days: AUDIT_DAYS, from: 'expiresAt' },
  subject: { kind: 'user-reference', column: 'grantedBy' },
  heading: 'audit',
  columns: {
    grantedBy: {
      category: 'reference',
      description: { nl: 'Wie de ondersteuning toegang gaf', en: 'Who gave support staff access' },
      erasure: auditTrail,
    },
    reason: {
      category: 'content',
      description: { nl: 'Reden voor de toegang', en: 'Reason for the access' },
      erasure: auditTrail,
      mayNamePeople: true,
    },
  },
});

/** Erasure after a cancellation: the row is the evidence that it was scheduled and carried out. */
const scheduledErasure = mapTable(erasureSchedule, {
  purpose: 'legal-obligations',
  retention: { kind: 'days', days: AUDIT_DAYS, from: 'dueAt' },
  subject: { kind: 'user-reference', column: 'subjectId' },
  heading: 'privacy',
  columns: {
    subjectId: {
      category: 'reference',
      description: { nl: 'Wiens gegevens verwijderd worden', en: 'Whose data is erased' },
      erasure: erasureEvidence,
    },
    requestedBy: {
      category: 'reference',
      description: { nl: 'Wie het account opzegde', en: 'Who cancelled the account' },
      subject: { kind: 'user-reference', column: 'requestedBy' },
      erasure: erasureEvidence,
    },
  },
});

/** An integration's key belongs to the organisation; only who made it is about a person. */
const keys = mapTable(apiKeys, {
  purpose: 'security',
  retention: { kind: 'while-organisation' },
  subject: { kind: 'user-reference', column: 'createdBy' },
  heading: 'audit',
  columns: {
    createdBy: {
      category: 'reference',
      description: { nl: 'Wie de API-sleutel aanmaakte', en: 'Who created the API key' },
      erasure: { kind: 'null' },
    },
  },
});

export const RECORD_DATA = [...audit, ...supportAccess, ...scheduledErasure, ...keys];
