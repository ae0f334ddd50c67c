import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '@/modules/platform/paths';
import { checkedParams } from './page-params';

describe('checkedParams', () => {
  it('passes the parameters on with a known locale', async () => {
    expect(await checkedParams(Promise.resolve({ locale: 'sv', ref: '12-lomake' }))).toEqual({
      locale: 'sv',
      ref: '12-lomake',
    });
  });

  it.each(['x.y', 'fi.x', 'zz', 'favicon.ico', 'FI', ''])('answers 404 for the locale "%s"', async (locale) => {
    await expect(checkedParams(Promise.resolve({ locale }))).rejects.toMatchObject({
      digest: 'NEXT_HTTP_ERROR_FALLBACK;404',
    });
  });
});

// Next.js resolves a page's metadata beside its layout, so the layout's locale check cannot stop a
// page's queries: every page under [locale] must check for itself, first.
describe('pages under app/[locale]', () => {
  const localeRoot = path.join(projectRoot, 'app', '[locale]');
  const pages = readdirSync(localeRoot, { recursive: true, encoding: 'utf8' }).filter(
    (file) => path.basename(file) === 'page.tsx',
  );

  it('are found', () => {
    expect(pages.length).toBeGreaterThan(5);
  });

  it.each(pages)('%s reads its params only through checkedParams', (file) => {
    const source = readFileSync(path.join(localeRoot, file), 'utf8');
    expect(source).not.toMatch(/await params\b|params\.then|use\(params\)/);
    if (/\bparams\b/.test(source)) expect(source).toContain('checkedParams(params)');
  });
});
