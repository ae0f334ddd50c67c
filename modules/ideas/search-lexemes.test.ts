import { describe, expect, it } from 'vitest';
import { testDb } from '@/modules/platform/testing/database';
import { createIdea, createUser } from '@/modules/platform/testing/factories';
import { listIdeas } from './list';
import { buildTextQueries } from './search';
import { MAX_EXPANSION, quoteLexeme } from './search-lexemes';

// The text indexes are asked for the lexemes that occur (search_lexemes, decision 0040): the same
// ideas must be found as by prefix matching, and new words must be findable at once.

/** A made-up word of random letters keeps each test's ideas apart from everything else in the shared database. */
function marker(): string {
  return Array.from({ length: 12 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('');
}

describe('search through the lexemes that occur', () => {
  const db = testDb();
  const found = async (q: string) => (await listIdeas(db, null, { q }, 'fi')).items.map((item) => item.id);

  it('quotes any stored lexeme so that the index query means exactly that lexeme', async () => {
    for (const lexeme of [`o'neill`, 'a\\b', 'x:*', `'`, '\\', `kaupunki.fi/a'b`, 'a & b', '(!c)']) {
      const [row] = await db.$queryRaw<{ same: boolean; other: boolean }[]>`
        SELECT array_to_tsvector(ARRAY[${lexeme}]) @@ ${quoteLexeme(lexeme)}::tsquery AS same,
          array_to_tsvector(ARRAY[${`${lexeme}x`}]) @@ ${quoteLexeme(lexeme)}::tsquery AS other`;
      expect(row).toEqual({ same: true, other: false });
    }
  });

  it('makes the words of a new idea, an edited title and a new comment findable at once, as exact lexemes', async () => {
    const word = marker();
    const idea = await createIdea(db, { title: `${word}ryhmän kokoontumiset`, body: 'Kerran viikossa.' });
    const typed = await buildTextQueries(db, `${word}ryh`);
    expect(typed?.allIndexed).toContain(`'${word}ryhm'`);
    expect(typed?.allIndexed).not.toContain(':*');
    expect(await found(`${word}ryh`)).toEqual([idea.id]);

    await db.idea.update({ where: { id: idea.id }, data: { title: `${word}kerhon kokoontumiset` } });
    expect(await found(`${word}kerho`)).toEqual([idea.id]);
    // The old word's lexeme stays in the table and matches nothing.
    expect(await found(`${word}ryhmä`)).toEqual([]);

    const discussed = await createIdea(db, { title: 'Keskustelu ilman hakusanaa' });
    const other = marker();
    await db.comment.create({
      data: { ideaId: discussed.id, authorId: (await createUser(db)).id, body: `Kokeillaan ${other}lla.` },
    });
    expect(await found(other)).toEqual([discussed.id]);
  });

  it('ends a search for a word that occurs nowhere, and finds the same for inflections, two words and odd input', async () => {
    const word = marker();
    const idea = await createIdea(db, { title: `Päiväkodin ${word} leikkipiha`, body: 'Kiipeilyteline pihalle.' });
    const missing = await buildTextQueries(db, `päiväkoti ${marker()}`);
    expect(missing?.allIndexed).toBeNull();
    expect(missing?.allExact).toBeNull();
    expect(await found(`päiväkoti ${marker()}`)).toEqual([]);

    expect(await found(`päiväkoti ${word}`)).toEqual([idea.id]);
    expect(await found(`${word} päiväkodeissa`)).toEqual([idea.id]);
    expect(await found(`${word} kiipeilytelineet`)).toEqual([idea.id]);
    expect(await found(`"${word}" & | !päiväkoti' ('`)).toEqual([idea.id]);
    expect(await found(`${word} kirjasto`)).toEqual([]);
    expect((await buildTextQueries(db, `päiväkoti ${word}`))?.allIndexed).not.toContain(':*');
  });

  it('keeps a prefix that starts more than MAX_EXPANSION lexemes as a prefix, and still finds every match', async () => {
    const word = marker();
    const author = await createUser(db);
    const count = MAX_EXPANSION + 6;
    const suffix = (index: number) =>
      `q${String.fromCharCode(98 + Math.floor(index / 20))}${'bcdfghjklmnpqrstvwxz'[index % 20]}k`;
    await db.idea.createMany({
      data: Array.from({ length: count }, (_, index) => ({
        title: `${word}${suffix(index)} kokeilu`,
        body: 'Kuvaus.',
        authorId: author.id,
        status: 'PUBLISHED' as const,
        publishedAt: new Date(),
      })),
    });
    const queries = await buildTextQueries(db, word);
    // One prefix (the word's stem), not its MAX_EXPANSION + 6 lexemes.
    expect(queries?.allIndexed).toMatch(/^'[a-z]+':\*$/);
    expect(word.startsWith(queries!.allIndexed!.slice(1, -3))).toBe(true);

    const titles: string[] = [];
    let after: string | undefined;
    do {
      const page = await listIdeas(db, null, { q: word, after }, 'fi');
      titles.push(...page.items.map((item) => item.title));
      after = page.next ?? undefined;
    } while (after);
    expect(titles.sort()).toEqual(
      Array.from({ length: count }, (_, index) => `${word}${suffix(index)} kokeilu`).sort(),
    );
  });
});
