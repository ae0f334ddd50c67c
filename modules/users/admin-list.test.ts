import { beforeAll, describe, expect, it } from 'vitest';
import { Role } from '@/modules/platform/db/client';
import { testDb } from '@/modules/platform/testing/database';
import { createDepartment, createUser, unique } from '@/modules/platform/testing/factories';
import { parseUserListParams, userListQuery } from './list-params';
import { getUserForAdmin, searchUsers, USERS_MAX_PAGES, USERS_PER_PAGE } from './queries';

// The admin list at city scale: 10,000 people in one department of this test's own, inserted in one
// statement, then searched, filtered and paged the way the page does it.

const PEOPLE = 10_000;

describe('the admin user list with 10,000 people', () => {
  const db = testDb();
  let admin: { id: string; roles: Role[]; active: boolean };
  let departmentId: string;
  let tag: string;

  beforeAll(async () => {
    const adminRow = await createUser(db, { roles: [Role.EMPLOYEE, Role.ADMIN] });
    admin = { id: adminRow.id, roles: adminRow.roles, active: true };
    departmentId = (await createDepartment(db)).id;
    tag = unique('scale').replace(/[^a-z0-9]/gi, '');
    // Every 10th is a moderator, every 7th deactivated, every 50th a demo person; the names sort in n order.
    await db.$executeRaw`
      INSERT INTO users (id, name, email, department_id, roles, active, demo, updated_at)
      SELECT gen_random_uuid(),
             'Henkilö ' || ${tag} || ' ' || lpad(n::text, 5, '0'),
             'henkilo.' || n || '.' || lower(${tag}) || '@scale.example',
             ${departmentId}::uuid,
             CASE WHEN n % 10 = 0 THEN ARRAY['employee', 'moderator']::role[] ELSE ARRAY['employee']::role[] END,
             n % 7 <> 0,
             n % 50 = 0,
             now()
      FROM generate_series(1, ${PEOPLE}) AS n`;
  }, 60_000);

  it('finds one person among them by name words in any order and case, or by address', async () => {
    const byWords = await searchUsers(db, admin, { query: `04321 ${tag.toUpperCase()}`, departmentId }, 'fi');
    expect(byWords?.rows.map((row) => row.name)).toEqual([`Henkilö ${tag} 04321`]);
    const byEmail = await searchUsers(db, admin, { query: `HENKILO.4321.${tag}@` }, 'fi');
    expect(byEmail?.rows.map((row) => row.name)).toEqual([`Henkilö ${tag} 04321`]);
    // Ö matches ö; "0432" is in 00432 and 04320–04329. % and _ are characters, not wildcards.
    expect((await searchUsers(db, admin, { query: `HENKILÖ ${tag} 0432`, departmentId }, 'fi'))?.total).toBe(11);
    expect((await searchUsers(db, admin, { query: `${tag} %`, departmentId }, 'fi'))?.total).toBe(0);
    expect((await searchUsers(db, admin, { query: `${tag} _`, departmentId }, 'fi'))?.total).toBe(0);
    const underscored = await createUser(db, { name: `Alaviiva_${tag} 100%` });
    const literal = await searchUsers(db, admin, { query: `alaviiva_${tag} 100%` }, 'fi');
    expect(literal?.rows.map((row) => row.id)).toEqual([underscored.id]);
  });

  it('filters by role, department, status and demo, and pages in name order without loading everyone', async () => {
    const first = await searchUsers(db, admin, { departmentId, role: Role.MODERATOR, status: 'active' }, 'fi');
    // Multiples of 10 that are not multiples of 70.
    expect(first?.total).toBe(PEOPLE / 10 - Math.floor(PEOPLE / 70));
    expect(first?.rows).toHaveLength(USERS_PER_PAGE);
    expect(first?.rows.every((row) => row.roles.includes(Role.MODERATOR) && row.active)).toBe(true);
    const second = await searchUsers(
      db,
      admin,
      { departmentId, role: Role.MODERATOR, status: 'active', page: 2 },
      'fi',
    );
    // 10–290 without 70, 140, 210, 280 fill the first page.
    expect(second?.rows[0]?.name).toBe(`Henkilö ${tag} 00300`);
    const names = [...first!.rows, ...second!.rows].map((row) => row.name);
    expect(names).toEqual([...names].sort());
    expect(new Set(names).size).toBe(2 * USERS_PER_PAGE);

    const demo = await searchUsers(db, admin, { departmentId, demo: true }, 'fi');
    expect(demo?.total).toBe(PEOPLE / 50);
    const inactive = await searchUsers(db, admin, { departmentId, status: 'inactive', demo: false }, 'fi');
    expect(inactive?.total).toBe(Math.floor(PEOPLE / 7) - Math.floor(PEOPLE / 350));
  });

  it('pages no deeper than the bound, and says when more people match than it reaches', async () => {
    const last = await searchUsers(db, admin, { departmentId, page: 10_000 }, 'fi');
    expect(last?.page).toBe(USERS_MAX_PAGES);
    expect(last?.pages).toBe(USERS_MAX_PAGES);
    expect(last?.truncated).toBe(PEOPLE / USERS_PER_PAGE > USERS_MAX_PAGES);
    expect(last?.rows[0]?.name).toBe(
      `Henkilö ${tag} ${String((USERS_MAX_PAGES - 1) * USERS_PER_PAGE + 1).padStart(5, '0')}`,
    );
  });

  it('reads the list and its links from the address, ignoring what it does not know', () => {
    const search = parseUserListParams({ q: ' laura ', role: 'OVERLORD', status: 'inactive', demo: 'yes', page: 'x' });
    expect(search).toMatchObject({ role: undefined, status: 'inactive', demo: true, page: 1 });
    expect(userListQuery(search, 3)).toEqual({ q: 'laura', status: 'inactive', demo: 'yes', page: 3 });
  });

  it('reads a repeated parameter as its first value instead of failing', async () => {
    const search = parseUserListParams({ q: [tag, 'toinen'], role: ['MODERATOR', 'HR'], page: ['2', '3'] });
    expect(search).toMatchObject({ query: tag, role: Role.MODERATOR, page: 2 });
    expect((await searchUsers(db, admin, search, 'fi'))?.total).toBe(PEOPLE / 10);
  });

  it('opens one person for their edit page, for admins only', async () => {
    const person = await createUser(db, { name: 'Muokattava Henkilö', departmentId });
    expect(await getUserForAdmin(db, admin, person.id, 'sv')).toMatchObject({
      name: 'Muokattava Henkilö',
      departmentName: expect.stringMatching(/^Avdelning /),
      active: true,
      demo: false,
    });
    expect(await getUserForAdmin(db, admin, 'not-a-uuid', 'fi')).toBeNull();
    for (const roles of [[Role.EMPLOYEE], [Role.EMPLOYEE, Role.HR], [Role.EMPLOYEE, Role.MODERATOR]]) {
      const reader = await createUser(db, { roles });
      expect(await getUserForAdmin(db, { id: reader.id, roles, active: true }, person.id, 'fi')).toBeNull();
      expect(await searchUsers(db, { id: reader.id, roles, active: true }, {}, 'fi')).toBeNull();
    }
  });
});
