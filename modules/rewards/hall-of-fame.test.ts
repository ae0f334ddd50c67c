import { describe, expect, it } from 'vitest';
import { IdeaStatus } from '@/modules/platform/db/client';
import { testDb } from '@/modules/platform/testing/database';
import { actorOf, createIdea, createRewardCase, createUser } from '@/modules/platform/testing/factories';
import { hallOfFame, hallOfFamePageSize } from './hall-of-fame';

describe('hall of fame (Kiitos!)', () => {
  const db = testDb();
  const person = (name: string, namedInHallOfFame: boolean) =>
    createUser(db, { name }).then((user) => db.user.update({ where: { id: user.id }, data: { namedInHallOfFame } }));
  const implemented = async (authorId: string, at: Date, extra: { anonymous?: boolean } = {}) => {
    const idea = await createIdea(db, { authorId, status: IdeaStatus.IMPLEMENTED, ...extra });
    return db.idea.update({ where: { id: idea.id }, data: { statusChangedAt: at } });
  };

  it('names only those who agreed, counts the others, and says nothing about an anonymous idea’s people', async () => {
    const suffix = Date.now().toString(36);
    const [agrees, declines, coAgrees, coDeclines, unconfirmed, hidden] = await Promise.all([
      person(`Nimetty Kirjoittaja ${suffix}`, true),
      person(`Kieltäytyvä Kirjoittaja ${suffix}`, false),
      person(`Nimetty Kanssakirjoittaja ${suffix}`, true),
      person(`Kieltäytyvä Kanssakirjoittaja ${suffix}`, false),
      person(`Vahvistamaton Kanssakirjoittaja ${suffix}`, true),
      person(`Nimetön Kirjoittaja ${suffix}`, true),
    ]);
    const future = new Date('2099-01-01T00:00:00Z');
    const team = await implemented(agrees.id, new Date(future.getTime() + 3_000));
    await db.ideaCoAuthor.createMany({
      data: [
        { ideaId: team.id, userId: coAgrees.id, confirmedAt: new Date() },
        { ideaId: team.id, userId: coDeclines.id, confirmedAt: new Date() },
        { ideaId: team.id, userId: unconfirmed.id },
      ],
    });
    const alone = await implemented(declines.id, new Date(future.getTime() + 2_000));
    const anonymous = await implemented(hidden.id, new Date(future.getTime() + 1_000), { anonymous: true });
    await db.ideaCoAuthor.create({ data: { ideaId: anonymous.id, userId: coDeclines.id, confirmedAt: new Date() } });
    // Rewarded, but only implemented ideas are thanked here, and never with an amount.
    await createRewardCase(db, { ideaId: team.id, amountCents: 43_210 });
    await createIdea(db, { authorId: agrees.id, status: IdeaStatus.IMPLEMENTATION });

    const result = await hallOfFame(db, actorOf(declines), 1);
    expect(result!.entries.slice(0, 3)).toEqual([
      {
        idea: { id: team.id, title: team.title },
        implementedAt: team.statusChangedAt,
        named: [agrees.name, coAgrees.name],
        unnamedCount: 1,
      },
      { idea: { id: alone.id, title: alone.title }, implementedAt: alone.statusChangedAt, named: [], unnamedCount: 1 },
      {
        idea: { id: anonymous.id, title: anonymous.title },
        implementedAt: anonymous.statusChangedAt,
        named: [],
        unnamedCount: 0,
      },
    ]);
    const sent = JSON.stringify(result);
    for (const name of [declines.name, coDeclines.name, unconfirmed.name, hidden.name])
      expect(sent).not.toContain(name);
    expect(sent).not.toContain('43210');
  });

  it('follows a change of consent at once', async () => {
    const author = await person(`Harkitseva ${Date.now().toString(36)}`, false);
    const idea = await implemented(author.id, new Date('2099-06-01T00:00:00Z'));
    const entryOf = async () =>
      (await hallOfFame(db, actorOf(author), 1))!.entries.find((entry) => entry.idea.id === idea.id)!;
    expect((await entryOf()).named).toEqual([]);
    await db.user.update({ where: { id: author.id }, data: { namedInHallOfFame: true } });
    expect((await entryOf()).named).toEqual([author.name]);
    await db.user.update({ where: { id: author.id }, data: { namedInHallOfFame: false } });
    expect(await entryOf()).toMatchObject({ named: [], unnamedCount: 1 });
  });

  it('pages the newest first and is for signed-in people only', async () => {
    const author = await createUser(db);
    const base = new Date('2098-01-01T00:00:00Z').getTime();
    for (let k = 0; k <= hallOfFamePageSize; k++) await implemented(author.id, new Date(base + k * 1_000));
    const first = await hallOfFame(db, actorOf(author), 1);
    expect(first!.pages).toBeGreaterThanOrEqual(2);
    const second = await hallOfFame(db, actorOf(author), 2);
    const times = [...first!.entries, ...second!.entries].map((entry) => entry.implementedAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect((await hallOfFame(db, actorOf(author), 9_999))!.page).toBe(first!.pages);
    expect(await hallOfFame(db, null, 1)).toBeNull();
  });
});
