import { describe, expect, it } from 'vitest';
import { IdeaStatus } from '@/modules/platform/db/client';
import { testDb } from '@/modules/platform/testing/database';
import { actorOf, createIdea, createUser } from '@/modules/platform/testing/factories';
import { setHelpful } from './comments';
import { getIdeaPage } from './detail';
import { setFollowing } from './follows';
import { getReaderState, plainEmployee } from './reader-state';
import { setVote } from './votes';

describe('a reader’s own state on a stored idea page', () => {
  const db = testDb();

  it('is their vote, follow and helpful marks with the exact counts, and nothing on an idea they may not see', async () => {
    const idea = await createIdea(db);
    const [reader, other] = [actorOf(await createUser(db)), actorOf(await createUser(db))];
    const comments = await Promise.all(
      ['Ensimmäinen', 'Toinen'].map((body) =>
        db.comment.create({ data: { ideaId: idea.id, authorId: idea.authorId, body } }),
      ),
    );
    expect(await getReaderState(db, reader, idea.id)).toEqual({
      voted: false,
      following: false,
      voteCount: 0,
      followerCount: 0,
      helpful: [],
    });

    await setVote(db, reader, idea.id, true);
    await setVote(db, other, idea.id, true);
    await setFollowing(db, reader, idea.id, true);
    await setHelpful(db, reader, comments[1]!.id, true);
    await setHelpful(db, other, comments[0]!.id, true);
    expect(await getReaderState(db, reader, idea.id)).toEqual({
      voted: true,
      following: true,
      voteCount: 2,
      followerCount: 1,
      helpful: [comments[1]!.id],
    });

    const draft = await createIdea(db, { status: IdeaStatus.DRAFT });
    expect(await getReaderState(db, reader, draft.id)).toBeNull();
    expect(await getReaderState(db, reader, 2_000_000_000)).toBeNull();
  });

  it('leaves out of the shared version everything a plain employee would not see: hidden names, hidden comments, others’ tools', async () => {
    const author = await createUser(db, { name: 'Piilo Kirjoittaja' });
    const idea = await createIdea(db, { authorId: author.id, anonymous: true });
    await db.comment.create({
      data: {
        ideaId: idea.id,
        authorId: author.id,
        body: 'Piilotettu kommentti',
        hiddenAt: new Date(),
        hiddenReason: 'Loukkaava',
      },
    });
    const page = await getIdeaPage(db, plainEmployee, idea.id, 'fi');
    expect(JSON.stringify(page)).not.toContain('Piilo Kirjoittaja');
    expect(JSON.stringify(page)).not.toContain('Piilotettu kommentti');
    expect(page?.viewer).toMatchObject({
      signedIn: true,
      voted: false,
      following: false,
      canComment: true,
      canFlag: true,
      canEdit: false,
      canModerateIdea: false,
      canModerateComments: false,
      canLockDiscussion: false,
      canCommentOfficially: false,
      transitions: [],
    });
  });
});
