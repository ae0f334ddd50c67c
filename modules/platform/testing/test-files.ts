import { readdir } from 'node:fs/promises';
import path from 'node:path';

// The test files, declared once: vitest.config.ts includes them and the complete-run reporter
// counts them on disk with plain readdir, so a glob that silently matches nothing cannot pass.

const testFileSets = [
  { folder: 'modules', suffix: '.test.ts' },
  { folder: 'prisma', suffix: '.test.ts' },
  { folder: 'components', suffix: '.test.tsx' },
] as const;

export const testFileGlobs = testFileSets.map(({ folder, suffix }) => `${folder}/**/*${suffix}`);

async function filesUnder(folder: string, suffix: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
  const nested = await Promise.all(
    entries.map((entry) => {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : filesUnder(full, suffix);
      return entry.name.endsWith(suffix) ? [full] : [];
    }),
  );
  return nested.flat();
}

/** Absolute paths of every test file under the project root, found without any glob library. */
export async function testFilesOnDisk(root: string): Promise<string[]> {
  const sets = await Promise.all(testFileSets.map(({ folder, suffix }) => filesUnder(path.join(root, folder), suffix)));
  return sets.flat().sort();
}
