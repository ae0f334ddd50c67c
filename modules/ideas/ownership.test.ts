import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { involvedIdsOf, ownerIdsOf } from './ownership';

const root = path.resolve(import.meta.dirname, '../..');

/** Ways of working out who owns an idea by hand; `ownership.ts` says it once. */
const handMadeOwnership: { name: string; pattern: RegExp }[] = [
  { name: 'author spread with co-authors', pattern: /\[\s*[\w.]*author_?[iI]d\s*,\s*\.\.\./ },
  { name: 'confirmed co-authors (Prisma)', pattern: /confirmedAt:\s*\{\s*not:\s*null/ },
  // A co-author's confirmed_at, not a column that merely ends so (benefit_confirmed_at).
  { name: 'confirmed co-authors (SQL)', pattern: /(?<!\w)confirmed_at\s+IS\s+NOT\s+NULL/i },
  { name: 'co-authors filtered by confirmation', pattern: /coAuthors\.(filter|some|find|every)\([^)]*confirmedAt/ },
  { name: 'co-author ids mapped by hand', pattern: /coAuthors\.map\(\(\w+\) => \w+\.userId\)/ },
  { name: 'author or co-author test', pattern: /authorId\s*===\s*[\w.]+\s*\|\|/ },
  { name: 'co-author table in SQL', pattern: /FROM\s+idea_co_authors/i },
];

/** Files allowed to spell it out, and why. */
const allowed: Record<string, string> = {
  'modules/ideas/ownership.ts': 'the one helper',
  // Runs on the page store's own pg pool with positional parameters, where a Prisma.sql fragment cannot go.
  'modules/ideas/shared-pages.ts': 'plain-reader check of the page store',
};

async function sourceFiles(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'generated' || entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await sourceFiles(full)));
    else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) found.push(full);
  }
  return found;
}

describe('who owns an idea', () => {
  it('owners are the author and the confirmed co-authors; an invitee is involved but no owner', () => {
    const idea = {
      authorId: 'a',
      coAuthors: [
        { userId: 'b', confirmedAt: new Date() },
        { userId: 'c', confirmedAt: null },
      ],
    };
    expect(ownerIdsOf(idea)).toEqual(['a', 'b']);
    expect(involvedIdsOf(idea)).toEqual(['a', 'b', 'c']);
  });

  it('is worked out only in modules/ideas/ownership.ts', async () => {
    const offences: string[] = [];
    for (const dir of ['modules', 'app', 'components']) {
      for (const file of await sourceFiles(path.join(root, dir))) {
        const relative = path.relative(root, file);
        if (allowed[relative]) continue;
        const lines = (await readFile(file, 'utf8')).split('\n');
        lines.forEach((line, index) => {
          for (const { name, pattern } of handMadeOwnership)
            if (pattern.test(line)) offences.push(`${relative}:${index + 1} ${name}`);
        });
      }
    }
    expect(offences).toEqual([]);
  });
});
