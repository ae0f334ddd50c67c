import { describe, expect, it } from 'vitest';
import { FlagReason, IdeaStatus, Role } from '@/modules/platform/db/client';
import { testDb } from '@/modules/platform/testing/database';
import { actorOf, createIdea, createUser, testOrigin } from '@/modules/platform/testing/factories';
import { decideOnIdeas, resolveManyFlags } from './bulk';
import { decideOnIdea } from './decisions';
import { flagContent, resolveFlags } from './flags';
import { decideOnRevision } from './revisions';

// The queue preselects nothing, so a form sent without a choice must be refused at the choice:
// no default may quietly stand in for the moderator's decision.
describe('a decision sent without a choice', () => {
  const db = testDb();
  const moderator = async () => actorOf(await createUser(db, { roles: [Role.EMPLOYEE, Role.MODERATOR] }));
  const refusedAtChoice = (field: string) => ({
    ok: false,
    message: 'errors.invalid',
    fieldErrors: { [field]: ['validation.decisionRequired'] },
  });

  it('is refused for one idea and for an edit of a published idea, and nothing changes', async () => {
    const author = await createUser(db);
    const idea = await createIdea(db, { authorId: author.id, status: IdeaStatus.SUBMITTED, publishedAt: null });
    const decider = await moderator();
    for (const decision of [undefined, null, ''])
      expect(await decideOnIdea(db, decider, { ideaId: idea.id, decision, reason: 'Hyvä idea.' }, testOrigin)).toEqual(
        refusedAtChoice('decision'),
      );
    expect((await db.idea.findUniqueOrThrow({ where: { id: idea.id } })).status).toBe(IdeaStatus.SUBMITTED);

    const published = await createIdea(db, { authorId: author.id });
    const revision = await db.ideaRevision.create({
      data: { ideaId: published.id, editorId: author.id, title: published.title, body: `${published.body} Lisäys.` },
    });
    expect(await decideOnRevision(db, decider, { revisionId: revision.id, decision: null }, testOrigin)).toEqual(
      refusedAtChoice('decision'),
    );
    expect((await db.ideaRevision.findUniqueOrThrow({ where: { id: revision.id } })).decidedAt).toBeNull();
  });

  it('is refused when settling reports on one item, and the reports stay open', async () => {
    const author = await createUser(db);
    const idea = await createIdea(db, { authorId: author.id });
    const reporter = actorOf(await createUser(db));
    await flagContent(db, reporter, { target: 'idea', targetId: idea.id, reason: FlagReason.SPAM }, 3, testOrigin);
    expect(
      await resolveFlags(db, await moderator(), { target: 'idea', targetId: idea.id, resolution: null }, testOrigin),
    ).toEqual(refusedAtChoice('resolution'));
    expect(await db.flag.count({ where: { ideaId: idea.id, resolvedAt: null } })).toBe(1);
  });

  it('is refused in bulk, for ideas and for reports, and nothing changes', async () => {
    const author = await createUser(db);
    const ideas = await Promise.all(
      [1, 2].map(() => createIdea(db, { authorId: author.id, status: IdeaStatus.SUBMITTED, publishedAt: null })),
    );
    const decider = await moderator();
    const ideaIds = ideas.map((idea) => String(idea.id));
    expect(await decideOnIdeas(db, decider, { ideaIds, decision: null }, testOrigin)).toEqual(
      refusedAtChoice('decision'),
    );
    expect(
      await db.idea.count({ where: { id: { in: ideas.map((idea) => idea.id) }, status: IdeaStatus.SUBMITTED } }),
    ).toBe(2);

    const flagged = await createIdea(db, { authorId: author.id });
    await flagContent(
      db,
      actorOf(await createUser(db)),
      { target: 'idea', targetId: flagged.id, reason: FlagReason.SPAM },
      3,
      testOrigin,
    );
    expect(
      await resolveManyFlags(db, decider, { targets: [`idea:${flagged.id}`], resolution: undefined }, testOrigin),
    ).toEqual(refusedAtChoice('resolution'));
    expect(await db.flag.count({ where: { ideaId: flagged.id, resolvedAt: null } })).toBe(1);
  });
});
