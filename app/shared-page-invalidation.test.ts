import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { nominateIdea, promoteCandidate } from '@/modules/accelerator/candidates';
import { addProgressNote, saveCard } from '@/modules/accelerator/card';
import { moveCard } from '@/modules/accelerator/moves';
import { createSession } from '@/modules/access/sessions';
import { addComment, deleteComment, setHelpful } from '@/modules/ideas/comments';
import { getIdeaPage } from '@/modules/ideas/detail';
import { answerCoAuthorInvite, saveIdea, withdrawIdea } from '@/modules/ideas/mutations';
import { sessionHolder } from '@/modules/ideas/shared-pages';
import { setVote } from '@/modules/ideas/votes';
import { decideOnIdea } from '@/modules/moderation/decisions';
import { setDiscussionLocked } from '@/modules/moderation/discussion-lock';
import { resolveFlags } from '@/modules/moderation/flags';
import { mergeIdea } from '@/modules/moderation/merge';
import { IdeaStatus, Role } from '@/modules/platform/db/client';
import { listenForPageChanges, PAGE_CHANGE_CHANNEL } from '@/modules/platform/page-cache/invalidation';
import { PageCache, type PageScope } from '@/modules/platform/page-cache/page-cache';
import { testDb } from '@/modules/platform/testing/database';
import {
  actorOf,
  createCampaign,
  createCategory,
  createDepartment,
  createIdea,
  createUser,
  testOrigin,
} from '@/modules/platform/testing/factories';
import { setNumberSettings } from '@/modules/settings/number-settings';
import { setModerationMode } from '@/modules/settings/settings';
import { changeUserRoles } from '@/modules/users/admin';
import { updateProfile } from '@/modules/users/profile';
import { eventually } from '@/modules/platform/testing/eventually';

/**
 * A page store that, when the test's marker notice arrives (sent after the change committed, so
 * every notice of the change has arrived before it), notes which pages it still holds.
 */
class WatchedStore extends PageCache {
  marker = 0;
  held: Record<string, boolean> | null = null;
  keys: string[] = [];

  override itemChanged(id: number) {
    if (id !== this.marker) return super.itemChanged(id);
    this.held = Object.fromEntries(this.keys.map((key) => [key, this.get(key) !== undefined]));
  }
}

describe('each kind of change drops exactly the stored pages it can alter', () => {
  const db = testDb();
  const store = new WatchedStore({ maxBytes: 16 * 1024 * 1024 });
  const listener = listenForPageChanges(inject('databaseUrl'), store, () => {}, { retryMs: 50 });
  const readers = new pg.Pool({ connectionString: inject('databaseUrl'), max: 2 });
  afterAll(async () => {
    await listener.stop();
    await readers.end();
  });

  const people = async () => {
    const department = await createDepartment(db);
    const user = (roles: Role[]) =>
      createUser(db, { roles, departmentId: department.id }).then((row) => actorOf(row, [department.id]));
    return {
      department,
      moderator: await user([Role.EMPLOYEE, Role.MODERATOR]),
      coordinator: await user([Role.EMPLOYEE, Role.COORDINATOR]),
      admin: await user([Role.EMPLOYEE, Role.ADMIN]),
      employee: await user([Role.EMPLOYEE]),
    };
  };

  /** Notices arrive in commit order: once the marker's has, every earlier one has too. */
  async function settle() {
    store.held = null;
    store.marker = 2_000_000_000 + Math.floor(Math.random() * 100_000_000);
    await db.$executeRaw`SELECT pg_notify(${PAGE_CHANGE_CHANNEL}, ${String(store.marker)})`;
    await eventually(() => store.held !== null, 'the marker arrives');
    return store.held!;
  }

  /**
   * Stores the pages of `ideaId` (both versions), of another idea, two listings and the statement,
   * makes the change, and tells which of them the change's notices left in the store.
   */
  async function afterChange(ideaId: number, change: () => Promise<unknown>) {
    await eventually(() => listener.listening, 'listening');
    const other = await createIdea(db);
    const pages: [string, PageScope][] = [
      [`/ideas/${ideaId}-x`, { kind: 'item', id: ideaId }],
      [`member:/ideas/${ideaId}-x`, { kind: 'item', id: ideaId }],
      [`/ideas/${other.id}-y`, { kind: 'item', id: other.id }],
      ['/ideas', { kind: 'listing' }],
      ['/', { kind: 'listing' }],
      ['/accessibility', { kind: 'static' }],
    ];
    // Whatever the test's setup announced (a new department, say) has arrived before the pages are stored.
    await settle();
    for (const [key, scope] of pages)
      await store.getOrRender(key, { scope }, 'P', async () => ({ html: key, headers: [] }));
    store.keys = pages.map(([key]) => key);
    const result = await change();
    expect(result, 'the change was made').not.toMatchObject({ ok: false });
    const held = await settle();
    return {
      idea: held[`/ideas/${ideaId}-x`] || held[`member:/ideas/${ideaId}-x`],
      otherIdea: held[`/ideas/${other.id}-y`],
      listings: held['/ideas'] || held['/'],
      statement: held['/accessibility'],
    };
  }
  const onlyThatIdeaAndListings = { idea: false, otherIdea: true, listings: false, statement: true };
  const everything = { idea: false, otherIdea: false, listings: false, statement: false };

  it('an idea’s edit, its departments and co-authors, and every step of its lifecycle drop its pages and the lists', async () => {
    const { department, moderator, coordinator, employee } = await people();
    const category = await createCategory(db);
    const author = actorOf(await createUser(db, { departmentId: department.id }));
    const form = {
      title: 'Yhteiskäyttöautot kotihoitoon',
      body: 'Kotihoidon autot seisovat iltaisin. Yhteiskäyttö säästäisi leasingkuluja.',
      categoryId: category.id,
      departmentIds: [department.id],
      expectedSavingsEur: '',
      expectedHoursSaved: '',
      expectedBenefitNote: '',
      coAuthorIds: [] as string[],
      anonymous: false,
    };
    const ideaId = (await saveIdea(db, author, { ...form, intent: 'submit' }, testOrigin)).id!;
    const otherDepartment = await createDepartment(db);
    const steps: [string, () => Promise<unknown>][] = [
      ['publish', () => decideOnIdea(db, moderator, { ideaId, decision: 'publish' }, testOrigin)],
      [
        'edit with another department and a co-author invited',
        () =>
          saveIdea(
            db,
            author,
            { ...form, ideaId, departmentIds: [otherDepartment.id], coAuthorIds: [employee.id], intent: 'draft' },
            testOrigin,
          ),
      ],
      ['co-author accepts', () => answerCoAuthorInvite(db, employee, { ideaId, accept: true })],
      ['lock the discussion', () => setDiscussionLocked(db, moderator, { ideaId, locked: true }, testOrigin)],
      ['nominate', () => nominateIdea(db, coordinator, { ideaId }, testOrigin)],
      ['promote into evaluation', () => promoteCandidate(db, coordinator, { ideaId }, testOrigin)],
      [
        'owner, team and plan',
        () =>
          saveCard(
            db,
            coordinator,
            { ideaId, ownerId: employee.id, teamIds: [moderator.id], plan: 'Kolmen kuukauden kokeilu.' },
            testOrigin,
          ),
      ],
      [
        'progress note',
        () => addProgressNote(db, coordinator, { ideaId, note: 'Autot varattu.', progressPercent: '30' }, testOrigin),
      ],
    ];
    for (const [step, change] of steps)
      expect(await afterChange(ideaId, change), step).toEqual(onlyThatIdeaAndListings);
  });

  it('a card moving on the board and a withdrawal drop that idea’s pages and the lists', async () => {
    const { department, coordinator } = await people();
    const idea = await createIdea(db, { status: IdeaStatus.EXPERIMENT, departmentIds: [department.id] });
    await db.acceleratorCard.create({ data: { ideaId: idea.id } });
    expect(
      await afterChange(idea.id, () =>
        moveCard(db, coordinator, { ideaId: idea.id, from: 'EXPERIMENT', to: 'IMPLEMENTATION' }, testOrigin),
      ),
    ).toEqual(onlyThatIdeaAndListings);

    const author = await createUser(db);
    const own = await createIdea(db, { authorId: author.id });
    expect(await afterChange(own.id, () => withdrawIdea(db, actorOf(author), { ideaId: own.id }, testOrigin))).toEqual(
      onlyThatIdeaAndListings,
    );
  });

  it('comments added, marked helpful, hidden, redacted and removed drop their idea’s pages and the lists', async () => {
    const { moderator, employee } = await people();
    const idea = await createIdea(db);
    const writer = actorOf(await createUser(db));
    const commentId = async () =>
      (await db.comment.findFirstOrThrow({ where: { ideaId: idea.id }, orderBy: { id: 'desc' } })).id;
    const add = (body: string) => addComment(db, writer, { ideaId: idea.id, body }, testOrigin);
    expect(await afterChange(idea.id, () => add('Soittakaa Maijalle numeroon 040 123 4567.'))).toEqual(
      onlyThatIdeaAndListings,
    );
    const first = await commentId();
    expect(await afterChange(idea.id, () => setHelpful(db, employee, first, true))).toEqual(onlyThatIdeaAndListings);
    const redaction = {
      target: 'comment',
      targetId: first,
      resolution: 'redact',
      reason: 'Puhelinnumero poistettu.',
      redactedText: 'Soittakaa Maijalle.',
    };
    expect(await afterChange(idea.id, () => resolveFlags(db, moderator, redaction, testOrigin))).toEqual(
      onlyThatIdeaAndListings,
    );
    const hiding = { target: 'comment', targetId: first, resolution: 'hide', reason: 'Ei liity ideaan.' };
    expect(await afterChange(idea.id, () => resolveFlags(db, moderator, hiding, testOrigin))).toEqual(
      onlyThatIdeaAndListings,
    );
    await add('Toinen kommentti.');
    const second = await commentId();
    expect(await afterChange(idea.id, () => deleteComment(db, writer, { commentId: second }))).toEqual(
      onlyThatIdeaAndListings,
    );
  });

  it('a merge drops both ideas’ pages and the lists', async () => {
    const { moderator } = await people();
    const [source, target] = [await createIdea(db), await createIdea(db)];
    const merge = () =>
      mergeIdea(db, moderator, { ideaId: source.id, targetId: target.id, reason: 'Sama.' }, testOrigin);
    expect(await afterChange(source.id, merge)).toEqual(onlyThatIdeaAndListings);
    const [again, into] = [await createIdea(db), await createIdea(db)];
    expect(
      await afterChange(into.id, () =>
        mergeIdea(db, moderator, { ideaId: again.id, targetId: into.id, reason: 'Sama.' }, testOrigin),
      ),
    ).toEqual(onlyThatIdeaAndListings);
  });

  it('a vote drops its idea’s pages and the lists a moment later, from the vote code', async () => {
    const idea = await createIdea(db);
    const voter = actorOf(await createUser(db));
    expect(
      await afterChange(idea.id, async () => {
        await setVote(db, voter, idea.id, true);
        // Votes are announced together once per window (announce.ts): wait for this one's.
        await eventually(() => store.get(`/ideas/${idea.id}-x`) === undefined, 'the vote is announced');
      }),
    ).toEqual(onlyThatIdeaAndListings);
  });

  it('a person’s rename, a category’s or department’s, and a setting drop every page', async () => {
    const { admin } = await people();
    const category = await createCategory(db);
    const department = await createDepartment(db);
    const person = await createUser(db);
    const idea = await createIdea(db, { authorId: person.id, categoryId: category.id, departmentIds: [department.id] });
    const rename = () =>
      updateProfile(
        db,
        actorOf(person),
        { userId: person.id, name: 'Uusi Nimi', departmentId: null, locale: 'fi' },
        testOrigin,
      );
    expect(await afterChange(idea.id, rename)).toEqual(everything);
    expect((await getIdeaPage(db, null, idea.id, 'fi'))?.authors.map((author) => author.name)).toEqual(['Uusi Nimi']);
    // Categories and departments have no editing form yet: an operator renames them in the database.
    expect(
      await afterChange(idea.id, () => db.category.update({ where: { id: category.id }, data: { nameSv: 'Ny' } })),
    ).toEqual(everything);
    expect(
      await afterChange(idea.id, () => db.department.update({ where: { id: department.id }, data: { nameEn: 'New' } })),
    ).toEqual(everything);
    expect(
      await afterChange(idea.id, () => setNumberSettings(db, admin, { candidateVotes: '12' }, testOrigin)),
    ).toEqual(everything);
    expect(await afterChange(idea.id, () => setModerationMode(db, admin, { mode: 'pre' }, testOrigin))).toEqual(
      everything,
    );
  });

  // The campaign pages and the front page's note of open campaigns are listings; the campaign
  // tables' triggers announce 'all' (written here directly: it is the triggers that are tested).
  it('a campaign’s creation, edit, audience, categories and image drop every page; an idea put into one, its pages and the lists', async () => {
    const idea = await createIdea(db);
    const department = await createDepartment(db);
    const category = await createCategory(db);
    let campaignId = '';
    expect(
      await afterChange(idea.id, async () => {
        campaignId = (await createCampaign(db)).id;
      }),
    ).toEqual(everything);
    const changes: (() => Promise<unknown>)[] = [
      () => db.campaign.update({ where: { id: campaignId }, data: { closesAt: new Date(Date.now() + 3_600_000) } }),
      () => db.campaignDepartment.create({ data: { campaignId, departmentId: department.id } }),
      () => db.campaignCategory.create({ data: { campaignId, categoryId: category.id } }),
      () =>
        db.campaignImage.create({
          data: { campaignId, contentType: 'image/png', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47]) },
        }),
      () => db.campaignDepartment.deleteMany({ where: { campaignId } }),
    ];
    for (const change of changes) expect(await afterChange(idea.id, change)).toEqual(everything);
    expect(await afterChange(idea.id, () => db.idea.update({ where: { id: idea.id }, data: { campaignId } }))).toEqual(
      onlyThatIdeaAndListings,
    );
  });

  it('a role change drops nothing: it only decides, per request, whether its holder gets the member version', async () => {
    const { admin } = await people();
    const idea = await createIdea(db);
    const reader = await createUser(db);
    const { sessionToken } = await createSession(db, reader.id, { idleMinutes: 120, absoluteHours: 12 });
    expect(await sessionHolder(readers, sessionToken)).toBe(reader.id);
    // Signing in again writes the same name: no notice.
    const same = () => db.user.update({ where: { id: reader.id }, data: { name: reader.name } });
    expect(await afterChange(idea.id, same)).toEqual({ idea: true, otherIdea: true, listings: true, statement: true });
    const promote = () =>
      changeUserRoles(db, admin, { userId: reader.id, roles: [Role.EMPLOYEE, Role.MODERATOR] }, testOrigin);
    expect(await afterChange(idea.id, promote)).toEqual({
      idea: true,
      otherIdea: true,
      listings: true,
      statement: true,
    });
    expect(await sessionHolder(readers, sessionToken)).toBeNull();
  });
});
