import { describe, expect, it } from 'vitest';
import { testDb } from '@/modules/platform/testing/database';
import { createUser, unique } from '@/modules/platform/testing/factories';
import { recordAudit } from './audit-log';

describe('recordAudit', () => {
  const db = testDb();

  it('stores a well-formed request id and drops anything else', async () => {
    const actor = await createUser(db);
    const action = `test.${unique('request-id')}`;
    await recordAudit(
      db,
      { actorId: actor.id, action: `${action}.good`, targetType: 'test' },
      { ip: null, userAgent: null, requestId: 'lb-7f3a9c21:0001' },
    );
    await recordAudit(
      db,
      { actorId: actor.id, action: `${action}.bad`, targetType: 'test' },
      { ip: null, userAgent: null, requestId: `x' OR '1'='1 ${'y'.repeat(500)}` },
    );
    const rows = await db.auditLog.findMany({
      where: { action: { startsWith: action } },
      select: { action: true, requestId: true },
      orderBy: { id: 'asc' },
    });
    expect(rows).toEqual([
      { action: `${action}.good`, requestId: 'lb-7f3a9c21:0001' },
      { action: `${action}.bad`, requestId: null },
    ]);
  });
});
