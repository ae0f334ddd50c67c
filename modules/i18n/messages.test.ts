import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { IdeaStatus } from '@/modules/platform/db/generated/enums';
import en from './messages/en.json';
import fi from './messages/fi.json';
import sv from './messages/sv.json';
import { errorMessages } from './error-messages';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') entries.set(path, value);
    else for (const [nested, text] of flatten(value, path)) entries.set(nested, text);
  }
  return entries;
}

const catalogues = {
  fi: flatten({ ...fi, errors: errorMessages.fi }),
  sv: flatten({ ...sv, errors: errorMessages.sv }),
  en: flatten({ ...en, errors: errorMessages.en }),
};

describe('translation files', () => {
  it.each(['sv', 'en'] as const)('%s has exactly the keys Finnish has', (locale) => {
    expect([...catalogues[locale].keys()].sort()).toEqual([...catalogues.fi.keys()].sort());
  });

  it.each(['fi', 'sv', 'en'] as const)('%s has no empty texts', (locale) => {
    const empty = [...catalogues[locale]].filter(([, text]) => text.trim() === '').map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it.each(['fi', 'sv', 'en'] as const)('%s uses the same placeholders as Finnish', (locale) => {
    const placeholders = (text: string) => [...text.matchAll(/\{\s*(\w+)\s*[,}]/g)].map((match) => match[1]).sort();
    for (const [key, text] of catalogues.fi) {
      expect(placeholders(catalogues[locale].get(key) ?? ''), key).toEqual(placeholders(text));
    }
  });

  // A Finnish text pasted into sv/en by mistake: the same text as Finnish, or Finnish-looking
  // (double vowels, Finnish small words). Words that are the same everywhere are listed here.
  const sameInEveryLanguage = new Set(['VAU', 'HR', 'Idea', 'Idea {number}', 'Idea {id}']);
  const properNouns = ['Saavutettavuusvaatimukset.fi'];
  const finnishLetters = /aa|ää|ii|uu|yy|öö|yö|ä(?!\p{L})/u;
  const finnishWords =
    /(?<!\p{L})(?:tämä|että|voit|sinut|sinun|idean|ideaa|ideoita|kanssa|tai|kun|jos|olet|myös|ei|tallenna|luonnos|muokkaa|poista|peruuta|valitse|hae|kommentti)(?!\p{L})/iu;
  const withoutPlaceholders = (text: string) => text.replace(/\{\s*\w+\s*[,}]/g, '');
  function looksFinnish(text: string): boolean {
    const prose = properNouns.reduce((rest, noun) => rest.replaceAll(noun, ''), withoutPlaceholders(text));
    return finnishLetters.test(prose) || finnishWords.test(prose);
  }
  // "{name}, {date}" has no words to translate.
  const copiedFromFinnish = (key: string, text: string) =>
    text === catalogues.fi.get(key) && !sameInEveryLanguage.has(text) && /\p{L}/u.test(withoutPlaceholders(text));

  it.each(['sv', 'en'] as const)('%s has no Finnish text left in it', (locale) => {
    const leftovers = [...catalogues[locale]]
      .filter(([key, text]) => copiedFromFinnish(key, text) || looksFinnish(text))
      .map(([key, text]) => `${key}: ${text}`);
    expect(leftovers).toEqual([]);
  });

  it('recognises Finnish text when it sees it', () => {
    expect(looksFinnish('Tallenna luonnos')).toBe(true);
    expect(looksFinnish('Kirjaudu sisään')).toBe(true);
    expect(looksFinnish('Voit lisätä enintään 5 kanssakirjoittajaa.')).toBe(true);
    expect(looksFinnish('Spara utkast')).toBe(false);
    expect(looksFinnish('Save the draft')).toBe(false);
  });

  it('names every idea status in every language', () => {
    for (const catalogue of Object.values(catalogues)) {
      for (const status of Object.values(IdeaStatus)) expect(catalogue.get(`status.${status}`)).toBeTruthy();
    }
  });

  it('has a text for every message key the server code returns', async () => {
    const modulesDir = path.resolve(__dirname, '..');
    const files = (await readdir(modulesDir, { recursive: true })).filter(
      (file) => /\.tsx?$/.test(file) && !file.endsWith('.test.ts') && !file.includes('generated'),
    );
    const keys = new Set<string>();
    for (const file of files) {
      const source = await readFile(path.join(modulesDir, file), 'utf8');
      // Returned messages (`message: 'x.y'`) and validation/error keys anywhere (zod messages).
      for (const match of source.matchAll(/message: '([a-z]+\.[A-Za-z.-]+)'|'((?:errors|validation)\.[A-Za-z.-]+)'/g))
        keys.add((match[1] ?? match[2])!);
    }
    expect(keys.size).toBeGreaterThan(20);
    const missing = [...keys].filter((key) => !catalogues.fi.has(key));
    expect(missing).toEqual([]);
  });
});
