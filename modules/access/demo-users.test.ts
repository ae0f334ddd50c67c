import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '@/prisma/seed/demo';
import { demoEmail, users as seededUsers } from '@/prisma/seed/demo-organisation';
import { migrateDatabase } from '@/modules/platform/database/provision';
import { createPrismaClient, Role, type Database } from '@/modules/platform/db/client';
import { migrationsDir } from '@/modules/platform/paths';
import { createEmptyDatabase } from '@/modules/platform/testing/database';
import { findDemoUser, listDemoUsersByRole } from './demo-users';

describe('who the demo sign-in can open a session for', () => {
  let db: Database;
  const cleanups: (() => Promise<void>)[] = [];

  beforeAll(async () => {
    const database = await createEmptyDatabase('demo_users');
    cleanups.push(database.drop);
    await migrateDatabase(database.url);
    db = createPrismaClient({ connectionString: database.url });
    cleanups.unshift(() => db.$disconnect());
    await seedDemoData(db, new Date('2026-11-22T09:00:00Z'));
  }, 120_000);

  afterAll(async () => {
    for (const cleanup of cleanups) await cleanup();
  });

  it('opens the seeded demo users, admins included', async () => {
    const admin = await db.user.findUniqueOrThrow({ where: { email: demoEmail(seededUsers[0]!.name) } });
    expect(admin.roles).toContain(Role.ADMIN);
    expect(await findDemoUser(db, admin.id)).toEqual({ id: admin.id });
    expect(await db.user.count({ where: { demo: true } })).toBe(seededUsers.length);
    const listed = (await listDemoUsersByRole(db, 'fi')).flatMap((group) => group.users.map((user) => user.id));
    expect(listed).toHaveLength(seededUsers.length);
  });

  it('never opens a real person: one made by single sign-on or an admin, even an admin with a demo-looking address', async () => {
    const real = await db.user.create({
      data: {
        name: 'Oikea Pääkäyttäjä',
        email: 'oikea.paakayttaja@kuusilahti.example',
        roles: [Role.EMPLOYEE, Role.ADMIN],
      },
    });
    await db.account.create({
      data: { userId: real.id, type: 'oidc', provider: 'oidc', providerAccountId: `subject-${real.id}` },
    });
    const added = await db.user.create({ data: { name: 'Lisätty Henkilö', email: 'lisatty.henkilo@kunta.fi' } });

    expect(await findDemoUser(db, real.id)).toBeNull();
    expect(await findDemoUser(db, added.id)).toBeNull();
    const listed = (await listDemoUsersByRole(db, 'fi')).flatMap((group) => group.users.map((user) => user.id));
    expect(listed).not.toContain(real.id);
    expect(listed).not.toContain(added.id);
  });

  it('does not open a deactivated demo user', async () => {
    const person = await db.user.findUniqueOrThrow({ where: { email: demoEmail(seededUsers[4]!.name) } });
    await db.user.update({ where: { id: person.id }, data: { active: false } });
    expect(await findDemoUser(db, person.id)).toBeNull();
  });

  it('marks the people of a demo database seeded before the mark existed, and no one with a single sign-on account', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'vau-demo-migrations-'));
    cleanups.push(() => rm(folder, { recursive: true, force: true }));
    await cp(migrationsDir, folder, { recursive: true });
    const names = (await readdir(folder, { withFileTypes: true }))
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    const marking = names.find((name) => name.endsWith('_demo_users'))!;
    for (const later of names.filter((name) => name >= marking))
      await rm(path.join(folder, later), { recursive: true });

    const database = await createEmptyDatabase('demo_users_backfill');
    cleanups.push(database.drop);
    await migrateDatabase(database.url, folder);
    const old = createPrismaClient({ connectionString: database.url });
    try {
      await old.$executeRaw`INSERT INTO users (id, name, email, updated_at) VALUES (gen_random_uuid(), 'Matti Mäkinen', 'matti.makinen@kuusilahti.example', now())`;
      const signedIn = await old.$queryRaw<
        { id: string }[]
      >`INSERT INTO users (id, name, email, updated_at) VALUES (gen_random_uuid(), 'Kirjautunut', 'kirjautunut@kuusilahti.example', now()) RETURNING id`;
      await old.$executeRaw`INSERT INTO accounts (id, user_id, type, provider, provider_account_id) VALUES (gen_random_uuid(), ${signedIn[0]!.id}::uuid, 'oidc', 'oidc', 'subject')`;
      await old.$executeRaw`INSERT INTO users (id, name, email, updated_at) VALUES (gen_random_uuid(), 'Muu', 'muu@kunta.fi', now())`;
    } finally {
      await old.$disconnect();
    }

    await migrateDatabase(database.url);
    const migrated = createPrismaClient({ connectionString: database.url });
    try {
      const marked = await migrated.user.findMany({ where: { demo: true }, select: { email: true } });
      expect(marked).toEqual([{ email: 'matti.makinen@kuusilahti.example' }]);
    } finally {
      await migrated.$disconnect();
    }
  });
});
