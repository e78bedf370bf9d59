import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, AUDIT_TARGET_TYPES } from '../../common/audit-actions.js';
import { adminEn } from '../../web/src/i18n/en-admin.js';
import { adminNl } from '../../web/src/i18n/nl-admin.js';

const LABELS = { nl: adminNl.auditLog, en: adminEn.auditLog };

describe('the audit log’s labels', () => {
  it.each(Object.entries(LABELS))(
    'names every action and every kind of target in %s',
    (_language, labels) => {
      const actions: Record<string, string> = labels.action;
      const targets: Record<string, string> = labels.target;
      expect(AUDIT_ACTIONS.filter((action) => !actions[action]?.trim())).toEqual([]);
      expect(AUDIT_TARGET_TYPES.filter((target) => !targets[target]?.trim())).toEqual([]);
    },
  );
});
