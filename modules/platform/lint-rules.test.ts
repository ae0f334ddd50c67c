import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { projectRoot } from './paths';

// The project's own ESLint configuration, run on snippets placed (by name only) in the folders whose
// rules they test: if a rule is dropped or loosened, these fail.

const eslint = new ESLint({ cwd: projectRoot });

async function rulesBroken(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${projectRoot}/${filePath}` });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

describe('raw SQL from strings', () => {
  it.each([
    [
      'modules/ideas/example.ts',
      "import { Prisma } from '@/modules/platform/db/client';\nexport const column = (locale: string) => Prisma.raw(`search_${locale}`);\n",
    ],
    [
      'app/[locale]/ideas/example.ts',
      "import { db } from '@/modules/platform/db';\nexport const rows = (q: string) => db.$queryRawUnsafe(`SELECT ${q}`);\n",
    ],
    [
      'components/example.ts',
      "import { db } from '@/modules/platform/db';\nexport const run = (sql: string) => db.$executeRawUnsafe(sql);\n",
    ],
    [
      'proxy.ts',
      "import { Prisma } from '@/modules/platform/db/client';\nconst { raw } = Prisma;\nexport const column = (name: string) => raw(name);\n",
    ],
  ])('is refused in %s', async (filePath, code) => {
    expect(await rulesBroken(filePath, code)).toContain('no-restricted-properties');
  });

  it('is allowed only in the listed files whose SQL is a constant', async () => {
    const code =
      "import { db } from '@/modules/platform/db';\nexport const run = () => db.$executeRawUnsafe('SELECT 1');\n";
    expect(await rulesBroken('prisma/seed/demo.ts', code)).not.toContain('no-restricted-properties');
  });

  it('leaves tagged templates alone', async () => {
    const code =
      "import { Prisma } from '@/modules/platform/db/client';\nexport const where = (id: number) => Prisma.sql`id = ${id}`;\n";
    expect(await rulesBroken('modules/ideas/example.ts', code)).toEqual([]);
  });
});

describe('layers', () => {
  const restricted = '@typescript-eslint/no-restricted-imports';

  it.each([
    [
      'modules/ideas/example.ts',
      "import { MarkdownText } from '@/components/markdown';\nexport const shown = MarkdownText;\n",
    ],
    [
      'modules/users/example.ts',
      "import LocaleLayout from '@/app/[locale]/layout';\nexport const shown = LocaleLayout;\n",
    ],
    [
      'modules/platform/page-cache/example.ts',
      "import { listIdeas } from '@/modules/ideas/list';\nexport const list = listIdeas;\n",
    ],
    ['modules/platform/example.ts', "import { locales } from '@/modules/i18n/locales';\nexport const all = locales;\n"],
    [
      'modules/ideas/example.ts',
      "import { moderationQueue } from '@/modules/moderation/queue';\nexport const queue = moderationQueue;\n",
    ],
    [
      'modules/access/example.ts',
      "import { searchAuditLog } from '@/modules/audit/queries';\nexport const search = searchAuditLog;\n",
    ],
    ['components/example.tsx', "import { listIdeas } from '@/modules/ideas/list';\nexport const list = listIdeas;\n"],
    ['components/example.tsx', "import { db } from '@/modules/platform/db';\nexport const database = db;\n"],
    [
      'components/example.tsx',
      "import { searchIdeas } from '@/modules/ideas/search';\nexport const search = searchIdeas;\n",
    ],
  ])('refuses in %s: %s', async (filePath, code) => {
    expect(await rulesBroken(filePath, code)).toContain(restricted);
  });

  it.each([
    [
      'modules/moderation/example.ts',
      "import { listIdeas } from '@/modules/ideas/list';\nexport const list = listIdeas;\n",
    ],
    [
      'modules/access/example.ts',
      "import { recordAudit } from '@/modules/audit/audit-log';\nexport const record = recordAudit;\n",
    ],
    [
      'components/example.tsx',
      "import type { IdeaSummary } from '@/modules/ideas/queries';\nexport type Shown = IdeaSummary;\n",
    ],
    [
      'components/example.tsx',
      "import { setVoteAction } from '@/modules/ideas/actions';\nexport const vote = setVoteAction;\n",
    ],
    [
      'components/example.tsx',
      "import { highlightStart } from '@/modules/ideas/search';\nexport const marker = highlightStart;\n",
    ],
    [
      'modules/platform/example.test.ts',
      "import { setVote } from '@/modules/ideas/votes';\nexport const vote = setVote;\n",
    ],
  ])('allows in %s: %s', async (filePath, code) => {
    expect(await rulesBroken(filePath, code)).not.toContain(restricted);
  });
});
