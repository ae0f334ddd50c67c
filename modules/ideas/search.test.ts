import { describe, expect, it } from 'vitest';
import { IdeaStatus, Role } from '@/modules/platform/db/client';
import { testDb } from '@/modules/platform/testing/database';
import { actorOf, createIdea, createUser } from '@/modules/platform/testing/factories';
import { listIdeas, similarIdeas } from './list';
import { gradationPrefix, highlightEnd, highlightStart, queryWords } from './search';

/** A made-up word of random letters keeps each test's ideas apart from everything else in the shared database. */
function marker(): string {
  return Array.from({ length: 12 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('');
}

describe('Finnish-aware search', () => {
  const db = testDb();
  const search = (q: string, locale: 'fi' | 'sv' | 'en' = 'fi') => listIdeas(db, null, { q }, locale);

  it('splits a query into words, ignoring punctuation and anything that could be query syntax', () => {
    expect(queryWords(`Päiväkoti & "kadut" | !(x) päiväkoti 'o'`)).toEqual(['päiväkoti', 'kadut']);
    expect(gradationPrefix('päiväkot')).toBe('päiväko');
    expect(gradationPrefix('kaupung')).toBe('kaupu');
    expect(gradationPrefix('katu')).toBeNull();
    expect(gradationPrefix('kot')).toBeNull();
  });

  it('finds päiväkodin and päiväkoteihin for päiväkoti, and the other way round', async () => {
    const word = marker();
    const genitive = await createIdea(db, {
      title: `Päiväkodin ${word} ulkoiluvälineet kiertoon`,
      body: 'Välineet yhteiseen käyttöön koko kaupungin alueella.',
    });
    const illative = await createIdea(db, {
      title: `Ruokahävikki ${word} pois`,
      body: 'Ylijäämäruoka päiväkoteihin ja kouluihin samana päivänä.',
    });
    const unrelated = await createIdea(db, {
      title: `Kirjaston ${word} aukioloajat`,
      body: 'Omatoimikirjasto aamuisin.',
    });
    const found = (await search(`päiväkoti ${word}`)).items.map((item) => item.id);
    expect(found).toContain(genitive.id);
    expect(found).toContain(illative.id);
    expect(found).not.toContain(unrelated.id);
    expect((await search(`päiväkodeissa ${word}`)).items.map((item) => item.id)).toEqual(
      expect.arrayContaining([genitive.id, illative.id]),
    );
  });

  it('finds words in comments, highlights matches in the title, and falls back to the other languages', async () => {
    const word = marker();
    const idea = await createIdea(db, {
      title: `Cykelparkering ${word} vid stadshuset`,
      body: 'Fler cykelställ behövs vid huvudentrén.',
    });
    const commenter = await createUser(db);
    const discussed = await createIdea(db, { title: `Kokous ${word} käytännöt`, body: 'Lyhyemmät kokoukset.' });
    await db.comment.create({
      data: {
        ideaId: discussed.id,
        authorId: commenter.id,
        body: `Etäyhteydet (${word}) toimisivat paremmin kuulokkeilla.`,
      },
    });

    const swedish = await search(`cykelställ ${word}`, 'fi');
    expect(swedish.items.map((item) => item.id)).toEqual([idea.id]);
    const inComments = await search(`kuulokkeet ${word}`);
    expect(inComments.items.map((item) => item.id)).toEqual([discussed.id]);
    const highlighted = (await search(`kokous ${word}`)).items[0];
    expect(highlighted?.titleHighlighted).toContain(`${highlightStart}Kokous${highlightEnd}`);
  });

  it('never lists drafts, ideas in moderation or withdrawn ones', async () => {
    const word = marker();
    for (const status of [
      IdeaStatus.DRAFT,
      IdeaStatus.SUBMITTED,
      IdeaStatus.WITHDRAWN,
      IdeaStatus.REJECTED,
      IdeaStatus.HIDDEN,
    ]) {
      await createIdea(db, { title: `Salainen ${word} ${status}`, status, publishedAt: new Date() });
    }
    expect((await search(word)).items).toEqual([]);
  });

  it('suggests up to five similar published ideas while a title is typed, by stems or by similar spelling', async () => {
    const word = marker();
    const ideas: { id: number }[] = [];
    for (let index = 0; index < 7; index += 1)
      ideas.push(await createIdea(db, { title: `Lumitöiden ${word} aikataulu ${index}` }));
    const suggestions = await similarIdeas(db, `lumityöt ${word}`);
    expect(suggestions).toHaveLength(5);
    expect(suggestions.filter((suggestion) => !ideas.some((idea) => idea.id === suggestion.id))).toEqual([]);
    // A typo still finds the title by trigram similarity.
    const typo = await similarIdeas(db, `Lumitöiden ${word.slice(0, -1)}x aikataulu 3`);
    expect(typo.map((suggestion) => suggestion.id)).toContain(ideas[3]!.id);
  });

  it('pages through very common words in the list order instead of ranking every match', async () => {
    const word = marker();
    const author = await createUser(db);
    await db.idea.createMany({
      data: Array.from({ length: 1100 }, (_, index) => ({
        title: `Yleinen ${word} ehdotus ${index}`,
        body: 'Sama sana toistuu monessa ideassa.',
        authorId: author.id,
        status: IdeaStatus.PUBLISHED,
        publishedAt: new Date(),
        trendingScore: index,
      })),
    });
    const first = await search(word);
    expect(first.items).toHaveLength(20);
    expect(first.items.map((item) => item.title)).toEqual(
      Array.from({ length: 20 }, (_, index) => `Yleinen ${word} ehdotus ${1099 - index}`),
    );
    expect(first.items[0]?.titleHighlighted).toContain(`${highlightStart}${word}${highlightEnd}`);
    const second = await listIdeas(db, null, { q: word, after: first.next ?? undefined }, 'fi');
    expect(second.items[0]?.title).toBe(`Yleinen ${word} ehdotus 1079`);
  });

  it('does not find an idea through a hidden or deleted comment, nor through a comment on an idea the reader may not see', async () => {
    const word = marker();
    const commenter = await createUser(db);
    const open = await createIdea(db, { title: 'Avoin idea ilman hakusanaa' });
    const waiting = await createIdea(db, {
      title: 'Moderoitavana oleva idea',
      status: IdeaStatus.SUBMITTED,
      publishedAt: null,
    });
    const comment = (ideaId: number, extra: { hiddenAt?: Date; deletedAt?: Date } = {}) =>
      db.comment.create({
        data: { ideaId, authorId: commenter.id, body: `Piilossa pysyvä ${word} kommentti`, ...extra },
      });
    await comment(open.id, { hiddenAt: new Date() });
    await comment(open.id, { deletedAt: new Date() });
    await comment(waiting.id);
    const moderator = actorOf(await createUser(db, { roles: [Role.EMPLOYEE, Role.MODERATOR] }));
    for (const reader of [null, actorOf(commenter), moderator]) {
      expect((await listIdeas(db, reader, { q: word }, 'fi')).items).toEqual([]);
    }
    await comment(open.id);
    expect((await search(word)).items.map((item) => item.id)).toEqual([open.id]);
  });
});
