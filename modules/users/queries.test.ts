import { describe, expect, it } from 'vitest';
import { testDb } from '@/modules/platform/testing/database';
import { createUser, unique } from '@/modules/platform/testing/factories';
import { findColleagues } from './queries';

describe('findColleagues', () => {
  const db = testDb();

  it('takes % and _ in the typed text as themselves, not as wildcards', async () => {
    const tag = unique('kollega').replaceAll('-', '');
    const reader = await createUser(db);
    const percent = await createUser(db, { name: `Sata ${tag} 100% Kollega` });
    await createUser(db, { name: `Sata ${tag} 1000 Kollega` });
    await createUser(db, { name: `Sata ${tag} 1x0 Kollega` });
    const actor = { id: reader.id, roles: reader.roles, active: true };

    expect((await findColleagues(db, actor, `${tag} 100%`, 'fi')).map((found) => found.name)).toEqual([percent.name]);
    expect(await findColleagues(db, actor, `${tag} 1_0`, 'fi')).toEqual([]);
  });
});
