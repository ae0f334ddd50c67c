import { readdir } from 'node:fs/promises';
import path from 'node:path';

// The test files on disk, found with plain readdir (no glob library), for the complete-run reporter.

/** `folder/**\/*suffix`, the only include pattern form vitest.config.ts uses. */
const includePattern = /^([\w-]+)\/\*\*\/\*(\.[\w.]+)$/;

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

/** Absolute paths of every file under `root` that Vitest's `include` patterns describe. */
export async function testFilesOnDisk(root: string, include: string[]): Promise<string[]> {
  const sets = await Promise.all(
    include.map((pattern) => {
      const match = includePattern.exec(pattern);
      if (!match)
        throw new Error(
          `The complete-run reporter understands include patterns like "modules/**/*.test.ts", not "${pattern}".`,
        );
      return filesUnder(path.join(root, match[1]!), match[2]!);
    }),
  );
  return [...new Set(sets.flat())].sort();
}
