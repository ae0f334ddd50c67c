import type { Database } from '@/modules/platform/db/client';
import { finnishForms } from './finnish-forms';

// Full-text queries for the three languages (decision 0007). Each word matches its stem in each
// language's configuration, and in Finnish also the stems of its inflected forms in both grades of
// consonant gradation (finnish-forms.ts), because the stemmer does not undo gradation: katu → katu,
// kadun → kadu. Longer words also match as prefixes, so compounds and half-typed words are found
// (päiväkoti finds päiväkotiryhmä); a prefix shorter than MIN_PREFIX would match half the language
// (tapa → tapahtuma), so short words match only their own forms, as exact lexemes.

export interface TextQueries {
  fi: string;
  sv: string;
  en: string;
  /** Matched against the three columns together (the `*_search_all_idx` indexes). */
  all: string;
  /**
   * The same without prefixes: the words and their inflected forms only. Comments are matched
   * with it, because a prefix makes the index collect every row of every word it starts (tieto →
   * tietosuoja, tiedot…) before the other words can narrow them, and comments are the larger table.
   */
  allExact: string;
  /** Each word's alternatives in `all`, for estimating how common the words are. */
  words: { prefixes: string[]; exact: string[] }[];
}

type Language = 'fi' | 'sv' | 'en';

interface Alternatives {
  prefixes: string[];
  exact: string[];
}

const MAX_WORDS = 8;
/** The shortest prefix matched as a prefix (`'kirja':*`); shorter stems match exactly. */
export const MIN_PREFIX = 5;
/** Stems of generated forms shorter than this are dropped (they would match unrelated words). */
const MIN_FORM_STEM = 3;

export function queryWords(text: string): string[] {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words.filter((word) => word.length >= 2))].slice(0, MAX_WORDS);
}

/**
 * The stem's start before its final one or two consonants (päiväkot → päiväko, kaupunk → kaupu), if
 * long enough to stay meaningful. Longer runs and digits are not a Finnish ending: left alone.
 */
export function gradationPrefix(stem: string): string | null {
  const start = /^(.*[aeiouyäöå])[^aeiouyäöå\d]{1,2}$/u.exec(stem)?.[1];
  return start && start.length >= MIN_PREFIX ? start : null;
}

/**
 * One word's alternatives, ORed: prefixes (long enough) and exact lexemes not already covered by
 * one of them. Lexemes are letters and digits only, so quoting them cannot change the syntax.
 */
function wordTerm(prefixCandidates: string[], exact: string[]): string {
  const long = prefixCandidates.filter((prefix) => prefix.length >= MIN_PREFIX);
  const prefixes = [...new Set(long)].filter(
    (prefix) => !long.some((other) => other !== prefix && prefix.startsWith(other)),
  );
  const lexemes = [...new Set(exact)].filter((lexeme) => !prefixes.some((prefix) => lexeme.startsWith(prefix)));
  const alternatives = [...prefixes.map((prefix) => `'${prefix}':*`), ...lexemes.map((lexeme) => `'${lexeme}'`)];
  return alternatives.length === 1 ? alternatives[0]! : `(${alternatives.join(' | ')})`;
}

interface Lexized {
  word: string;
  fi: string[] | null;
  sv: string[] | null;
  en: string[] | null;
}

/**
 * Builds a tsquery text (for the `simple` configuration, matched against the stemmed columns)
 * per language. `all` joins words with AND (search), otherwise OR (similar-idea suggestions).
 * Words are letters and digits only, so nothing the user types can change the query's syntax.
 */
export async function buildTextQueries(db: Database, text: string, all = true): Promise<TextQueries | null> {
  const words = queryWords(text);
  if (words.length === 0) return null;
  const formsOf = new Map(words.map((word) => [word, finnishForms(word)]));
  const rows = await db.$queryRaw<Lexized[]>`
    SELECT word, ts_lexize('finnish_stem', word) AS fi,
      CASE WHEN word = ANY(${words}::text[]) THEN ts_lexize('swedish_stem', word) END AS sv,
      CASE WHEN word = ANY(${words}::text[]) THEN ts_lexize('english_stem', word) END AS en
    FROM unnest(${[...new Set([...formsOf.values()].flat())]}::text[]) AS word`;
  const lexized = new Map(rows.map((row) => [row.word, row]));
  const languages = ['fi', 'sv', 'en'] as const;
  // Each word's alternatives in one language, or null when it is a stop word there (no stem).
  const alternatives = (word: string, language: Language): Alternatives | null => {
    const stems = lexized.get(word)?.[language];
    if (stems?.length === 0) return null;
    const stem = stems?.[0] ?? word;
    if (language !== 'fi') return { prefixes: [stem], exact: [stem] };
    const formStems = formsOf
      .get(word)!
      .map((form) => lexized.get(form)?.fi?.[0])
      .filter((formStem): formStem is string => formStem !== undefined && formStem.length >= MIN_FORM_STEM);
    return { prefixes: [stem, gradationPrefix(stem) ?? '', word], exact: [stem, ...formStems] };
  };
  const join = all ? ' & ' : ' | ';
  const terms = (language: Language) =>
    words
      .map((word) => alternatives(word, language))
      .filter((found): found is Alternatives => found !== null)
      .map((found) => wordTerm(found.prefixes, found.exact))
      .join(join);
  // All languages at once, for the indexes over all three columns: a word matches in any of them.
  // A word that is a stop word in any language carries too little to be required.
  const everyLanguage = words
    .map((word) => languages.map((language) => alternatives(word, language)))
    .filter((found): found is Alternatives[] => found.every((alternative) => alternative !== null));
  const joined = (withPrefixes: boolean) =>
    everyLanguage
      .map((found) => found.flatMap((alternative) => alternative.exact))
      .map((exact, index) =>
        wordTerm(withPrefixes ? everyLanguage[index]!.flatMap((alternative) => alternative.prefixes) : [], exact),
      )
      .join(join);
  const queries = {
    fi: terms('fi'),
    sv: terms('sv'),
    en: terms('en'),
    all: joined(true),
    allExact: joined(false),
    words: everyLanguage.map((found) => ({
      prefixes: found.flatMap((alternative) => alternative.prefixes).filter((prefix) => prefix.length >= MIN_PREFIX),
      exact: found.flatMap((alternative) => alternative.exact),
    })),
  };
  return queries.all || queries.fi ? queries : null;
}

/** Marks around highlighted words: private-use characters that no one types, split apart when rendering. */
export const highlightStart = '\uE000';
export const highlightEnd = '\uE001';
