import { afterAll, describe, expect, it } from 'vitest';
import { migrateDatabase } from '../database/provision';
import { createPrismaClient, type Database } from '../db/client';
import { StartupError } from '../startup-error';
import { createEmptyDatabase } from '../testing/database';
import { countNonDemoPeople, demoSeedingOn, refuseIfRealPeople, refuseUnlessDemoConfigured } from './demo-reset-guard';

const url = 'postgres://vau@db.example:5432/vau';

describe('demo:reset refusals', () => {
  it.each([
    [{}, true],
    [{ SEED_DEMO_DATA: true }, true],
    [{ SEED_DEMO_DATA: false }, false],
    [{ DATABASE_URL: url }, false],
    [{ DATABASE_URL: url, SEED_DEMO_DATA: true }, true],
    [{ DATABASE_URL: url, SEED_DEMO_DATA: false }, false],
  ])('goes ahead only where demo data is loaded: %o → %s', (env, allowed) => {
    expect(demoSeedingOn(env)).toBe(allowed);
    if (allowed) expect(() => refuseUnlessDemoConfigured(env)).not.toThrow();
    else expect(() => refuseUnlessDemoConfigured(env)).toThrow(StartupError);
  });

  it('refuses a database with people the demo seed did not make, unless forced', () => {
    expect(() => refuseIfRealPeople(0, false)).not.toThrow();
    expect(() => refuseIfRealPeople(3, false)).toThrow(/3 people not made by the demo seed/);
    expect(() => refuseIfRealPeople(3, true)).not.toThrow();
  });

  describe('in a real database', () => {
    const databases: { drop: () => Promise<void> }[] = [];
    const clients: Database[] = [];
    afterAll(async () => {
      await Promise.all(clients.map((db) => db.$disconnect()));
      await Promise.all(databases.map((database) => database.drop()));
    });

    it('counts the people who are not demo people (none before the migrations)', async () => {
      const database = await createEmptyDatabase('demo-guard');
      databases.push(database);
      expect(await countNonDemoPeople(database.url)).toBe(0);
      await migrateDatabase(database.url);
      const db = createPrismaClient({ connectionString: database.url });
      clients.push(db);
      await db.user.create({ data: { name: 'Demo Henkilö', email: 'demo@kuusilahti.example', demo: true } });
      expect(await countNonDemoPeople(database.url)).toBe(0);
      await db.user.create({ data: { name: 'Oikea Henkilö', email: 'oikea@kunta.example' } });
      const count = await countNonDemoPeople(database.url);
      expect(count).toBe(1);
      expect(() => refuseIfRealPeople(count, false)).toThrow(StartupError);
    }, 120_000);
  });
});
