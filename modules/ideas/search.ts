import type { AppLocale } from '@/modules/i18n/locales';
import type { Database } from '@/modules/platform/db/client';

// Full-text queries for the three languages. Each word becomes a prefix match on its stem in each
// language's configuration, so "päiväk" finds as you type. Finnish also gets the stem with its
// final consonants removed, because the stemmer does not undo consonant gradation:
// päiväkoti → päiväkot, päiväkodin → päiväkod; both start with "päiväko".

export interface TextQueries {
  fi: string;
  sv: string;
  en: string;
}

const MAX_WORDS = 8;

export function queryWords(text: string): string[] {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words.filter((word) => word.length >= 2))].slice(0, MAX_WORDS);
}

/** The stem's start before any final consonants, if long enough to stay meaningful. */
export function gradationPrefix(stem: string): string | null {
  const trimmed = stem.replace(/[^aeiouyäöå]+$/u, '');
  return trimmed !== stem && trimmed.length >= 4 ? trimmed : null;
}

function prefixTerm(alternatives: (string | null)[]): string {
  const unique = [...new Set(alternatives.filter((alternative): alternative is string => Boolean(alternative)))];
  return unique.length === 1 ? `'${unique[0]}':*` : `(${unique.map((alternative) => `'${alternative}':*`).join(' | ')})`;
}

/**
 * Builds a tsquery text (for the `simple` configuration, matched against the stemmed columns)
 * per language. `all` joins words with AND (search), otherwise OR (similar-idea suggestions).
 * Words are letters and digits only, so nothing the user types can change the query's syntax.
 */
export async function buildTextQueries(db: Database, text: string, all = true): Promise<TextQueries | null> {
  const words = queryWords(text);
  if (words.length === 0) return null;
  const stems = await db.$queryRaw<{ word: string; fi: string[] | null; sv: string[] | null; en: string[] | null }[]>`
    SELECT word, ts_lexize('finnish_stem', word) AS fi, ts_lexize('swedish_stem', word) AS sv, ts_lexize('english_stem', word) AS en
    FROM unnest(${words}::text[]) AS word`;
  const join = all ? ' & ' : ' | ';
  // A stop word has no stem in that language (empty array): it is left out of that language's query.
  const terms = (language: 'fi' | 'sv' | 'en') =>
    stems
      .filter((row) => row[language] === null || row[language]!.length > 0)
      .map((row) => {
        const stem = row[language]?.[0] ?? row.word;
        return prefixTerm(language === 'fi' ? [stem, gradationPrefix(stem)] : [stem]);
      })
      .join(join);
  return { fi: terms('fi'), sv: terms('sv'), en: terms('en') };
}

export const searchConfig: Record<AppLocale, 'finnish' | 'swedish' | 'english'> = { fi: 'finnish', sv: 'swedish', en: 'english' };

/** Marks around highlighted words: private-use characters that no one types, split apart when rendering. */
export const highlightStart = '\uE000';
export const highlightEnd = '\uE001';
