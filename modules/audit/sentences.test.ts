import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { transitions } from '@/modules/ideas/lifecycle';
import en from '@/modules/i18n/messages/en.json';
import fi from '@/modules/i18n/messages/fi.json';
import sv from '@/modules/i18n/messages/sv.json';
import { projectRoot } from '@/modules/platform/paths';
import { knownAuditActions, sentenceFor, sentenceKeyOf } from './sentences';

const catalogues = { fi, sv, en };

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(full);
      return /\.tsx?$/.test(entry.name) && !entry.name.includes('.test.') ? [full] : [];
    }),
  );
  return nested.flat();
}

/** Every action name written as a literal next to a recordAudit call anywhere in modules/ and app/. */
async function literalActionsInCode(): Promise<string[]> {
  const files = [
    ...(await sourceFiles(path.join(projectRoot, 'modules'))),
    ...(await sourceFiles(path.join(projectRoot, 'app'))),
  ];
  const found = new Set<string>();
  for (const file of files) {
    const text = await readFile(file, 'utf8');
    if (!text.includes('recordAudit(')) continue;
    for (const match of text.matchAll(/action: (?:'([a-z][\w.-]*)'|[^,\n]*\? '([\w.-]+)' : '([\w.-]+)')/g)) {
      for (const name of match.slice(1)) if (name) found.add(name);
    }
  }
  return [...found].sort();
}

describe('audit sentences', () => {
  it('tell every kind of entry the code writes', async () => {
    const literal = await literalActionsInCode();
    expect(literal.length).toBeGreaterThan(10);
    expect(literal.filter((action) => !knownAuditActions.includes(action))).toEqual([]);
    // Lifecycle moves are written as `idea.<transition>`.
    const moves = transitions.map((transition) => `idea.${transition.name}`);
    expect(moves.filter((action) => !knownAuditActions.includes(action))).toEqual([]);
  });

  it.each(Object.keys(catalogues) as (keyof typeof catalogues)[])(
    'exist in %s for every known kind, naming who did it',
    (locale) => {
      const sentences = catalogues[locale].audit.sentences as Record<string, string>;
      const missing = knownAuditActions.filter((action) => !sentences[sentenceKeyOf(action)]?.includes('<who>'));
      expect(missing).toEqual([]);
      expect(sentences.generic).toContain('{action}');
    },
  );

  it('read as sentences in the reader language, and unknown kinds fall back to the generic one', () => {
    const markup = { who: (chunks: string) => `[${chunks}]`, what: (chunks: string) => `[${chunks}]` };
    const values = { actor: 'Laura Nieminen', target: '86', roles: '', mode: '', action: '', targetType: '' };
    const sentence = (locale: keyof typeof catalogues, action: string) => {
      const t = createTranslator({ locale, messages: catalogues[locale], namespace: 'audit.sentences' });
      return t.markup(sentenceFor(action).key as 'generic', { ...values, action, targetType: 'idea', ...markup });
    };
    expect(sentence('fi', 'idea.request-changes')).toBe('[Laura Nieminen] pyysi muutoksia [ideaan 86].');
    expect(sentence('sv', 'idea.request-changes')).toBe('[Laura Nieminen] bad om ändringar i [idé 86].');
    expect(sentence('en', 'idea.request-changes')).toBe('[Laura Nieminen] asked for changes to [idea 86].');
    expect(sentenceFor('reward.grant')).toEqual({ key: 'generic', known: false });
    expect(sentence('en', 'reward.grant')).toBe('[Laura Nieminen] did reward.grant ([idea 86]).');
  });
});
