import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Every settings change is audited with before and after (issue 16). Settings are rows of
// app_settings written by several domains (moderation, accelerator, rewards' pay code, the widget's
// frame origins): a file that writes one must also write the audit entry.

const modulesDir = path.join(process.cwd(), 'modules');

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files = await Promise.all(
    entries.map((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(full);
      return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
    }),
  );
  return files.flat();
}

describe('settings changes', () => {
  it('are audited with before and after wherever a setting is written', async () => {
    const writers: string[] = [];
    const unaudited: string[] = [];
    for (const file of await sourceFiles(modulesDir)) {
      const text = await readFile(file, 'utf8');
      if (!/\.appSetting\.(upsert|update|updateMany|create|createMany|delete|deleteMany)\(/.test(text)) continue;
      writers.push(path.relative(modulesDir, file));
      if (!/recordAudit\(/.test(text) || !/before:/.test(text) || !/after:/.test(text))
        unaudited.push(path.relative(modulesDir, file));
    }
    expect(writers).toContain(path.join('settings', 'number-settings.ts'));
    expect(unaudited).toEqual([]);
  });
});
