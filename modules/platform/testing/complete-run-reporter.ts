import path from 'node:path';
import type { Reporter, TestModule, TestRunEndReason, Vitest } from 'vitest/node';
import { testFilesOnDisk } from './test-files';

// `npm run test:unit` (the whole suite) fails unless Vitest ran every test file on disk: a run that
// finds nothing, or a part, must never pass, and must say why rather than "No test files found".

export default class CompleteRunReporter implements Reporter {
  private root = '';
  private include: string[] = [];

  onInit(vitest: Vitest): void {
    this.root = vitest.config.root;
    this.include = vitest.config.include;
  }

  async onTestRunEnd(
    testModules: ReadonlyArray<TestModule>,
    _errors: unknown,
    reason: TestRunEndReason,
  ): Promise<void> {
    if (reason === 'interrupted') return;
    const ran = new Set(testModules.map((testModule) => testModule.moduleId));
    const onDisk = await testFilesOnDisk(this.root, this.include);
    const notRun = onDisk.filter((file) => !ran.has(file));
    if (onDisk.length > 0 && notRun.length === 0) return;
    process.exitCode = 1;
    const named = notRun.slice(0, 5).map((file) => path.relative(this.root, file));
    const more = notRun.length > named.length ? ` and ${notRun.length - named.length} more` : '';
    console.error(
      onDisk.length === 0
        ? `VAU: no test files exist under ${this.root}; the test run proves nothing.`
        : `VAU: Vitest ran ${onDisk.length - notRun.length} of the ${onDisk.length} test files on disk (not run: ${named.join(', ')}${more}). ` +
            'If Vitest said "No test files found", look for an error before it: a failed global setup is reported that way.',
    );
  }
}
