import { describe, expect, it } from 'vitest';
import { auditActionGroups, inAuditActionGroup } from './action-groups';
import { knownAuditActions } from './sentences';

describe('audit action groups', () => {
  it.each(knownAuditActions)('put %s in exactly one group', (action) => {
    expect(auditActionGroups.filter((group) => inAuditActionGroup(group, action))).toHaveLength(1);
  });
});
