import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS } from '../../common/audit-actions.js';
import { ROSTER_AUDIT_ACTIONS } from '../../server/modules/rosters/roster-audit.js';

describe('roster audit actions', () => {
  it('are known to the audit log, so it can filter and label them', () => {
    const known: readonly string[] = AUDIT_ACTIONS;
    expect(ROSTER_AUDIT_ACTIONS.filter((action) => !known.includes(action))).toEqual([]);
  });
});
