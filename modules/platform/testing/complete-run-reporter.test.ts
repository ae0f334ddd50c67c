import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { TestModule, Vitest } from 'vitest/node';
import CompleteRunReporter from './complete-run-reporter';

// A project under a dot-folder, as in a clone at ~/.cache/...: found on disk all the same.
describe('the complete-run reporter of npm run test:unit', () => {
  let root: string;
  const include = ['modules/**/*.test.ts', 'prisma/**/*.test.ts', 'components/**/*.test.tsx'];
  const files = [
    'modules/a/one.test.ts',
    'modules/b/c/two.test.ts',
    'prisma/seed/three.test.ts',
    'components/four.test.tsx',
  ];

  beforeAll(async () => {
    root = path.join(await mkdtemp(path.join(os.tmpdir(), 'vau-reporter-')), '.hidden', 'vau');
    for (const file of [...files, 'modules/not-a-test.ts', 'node_modules/x/five.test.ts']) {
      await mkdir(path.dirname(path.join(root, file)), { recursive: true });
      await writeFile(path.join(root, file), '');
    }
  });

  afterAll(async () => {
    await rm(path.dirname(path.dirname(root)), { recursive: true, force: true });
  });

  afterEach(() => {
    process.exitCode = undefined;
    vi.restoreAllMocks();
  });

  async function finish(ran: string[], projectRoot = root): Promise<string[]> {
    const printed: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((line: string) => void printed.push(line));
    const reporter = new CompleteRunReporter();
    reporter.onInit({ config: { root: projectRoot, include } } as unknown as Vitest);
    const modules = ran.map((file) => ({ moduleId: path.join(projectRoot, file) }) as TestModule);
    await reporter.onTestRunEnd(modules, [], 'passed');
    return printed;
  }

  it('lets a run pass that ran every test file on disk', async () => {
    expect(await finish(files)).toEqual([]);
    expect(process.exitCode).toBeUndefined();
  });

  it('fails a run that missed some, naming them', async () => {
    const printed = await finish(files.slice(0, 2));
    expect(process.exitCode).toBe(1);
    expect(printed.join('\n')).toContain(
      'Vitest ran 2 of the 4 test files on disk (not run: components/four.test.tsx, prisma/seed/three.test.ts)',
    );
  });

  it('fails a run that found nothing, and a project with no tests at all', async () => {
    expect((await finish([])).join('\n')).toContain('Vitest ran 0 of the 4 test files');
    expect(process.exitCode).toBe(1);
    process.exitCode = undefined;
    const empty = await mkdtemp(path.join(os.tmpdir(), 'vau-reporter-empty-'));
    try {
      expect((await finish([], empty)).join('\n')).toContain('no test files exist');
      expect(process.exitCode).toBe(1);
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });
});
