import type { Database } from '@/modules/platform/db/client';
import { finnishForms } from './finnish-forms';
import { indexedTerm, occurringLexemes } from './search-lexemes';

// Full-text queries for the three languages (decision 0007). Each word matches its stem in each
// language's configuration, and in Finnish also the stems of its inflected forms in both grades of
// consonant gradation (finnish-forms.ts), because the stemmer does not undo gradation: katu → katu,
// kadun → kadu. Longer words also match as prefixes, so compounds and half-typed words are found
// (päiväkoti finds päiväkotiryhmä); a prefix shorter than MIN_PREFIX would match half the language
// (tapa → tapahtuma), so short words match only their own forms, as exact lexemes. The text
// indexes are asked for the lexemes that occur: prefixes expanded, absent forms dropped (decision 0041).

export interface TextQueries {
  fi: string;
  sv: string;
  en: string;
  /** All languages' words with prefixes, for ranking against the three columns together. */
  all: string;
  /**
   * What ideas are matched with (the `*_search_all_idx` indexes; tsquery input, cast with
   * `::tsquery`): the same words as the lexemes that occur, prefixes expanded (search-lexemes.ts).
   * Null when a required word occurs nowhere: then nothing matches.
   */
  allIndexed: string | null;
  /**
   * The words and their inflected forms only, no prefixes (tsquery input). Comments are matched
   * with it, because a prefix would reach every word it starts (tieto → tietosuoja, tiedot…) on
   * the larger table. Null when a required word has no occurring form: then no comment matches.
   */
  allExact: string | null;
  /** Each word's occurring lexemes and unexpanded prefixes, for estimating how common the words are. */
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

/** The candidates long enough to be prefixes, without those a shorter one already covers. */
function distinctPrefixes(candidates: string[]): string[] {
  const long = candidates.filter((prefix) => prefix.length >= MIN_PREFIX);
  return [...new Set(long)].filter((prefix) => !long.some((other) => other !== prefix && prefix.startsWith(other)));
}

/**
 * One word's alternatives, ORed: prefixes (long enough) and exact lexemes not already covered by
 * one of them. Lexemes are letters and digits only, so quoting them cannot change the syntax.
 */
function wordTerm(prefixCandidates: string[], exact: string[]): string {
  const prefixes = distinctPrefixes(prefixCandidates);
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
  const wordsAlternatives = everyLanguage.map((found) => ({
    prefixes: distinctPrefixes(found.flatMap((alternative) => alternative.prefixes)),
    exact: [...new Set(found.flatMap((alternative) => alternative.exact))],
  }));
  const occurring = await occurringLexemes(
    db,
    [...new Set(wordsAlternatives.flatMap((word) => word.exact))],
    [...new Set(wordsAlternatives.flatMap((word) => word.prefixes))],
  );
  // A search needs every word (one that occurs nowhere empties it); a suggestion needs any.
  const indexed = (wordTerms: (string | null)[]) =>
    (all ? wordTerms.every((term) => term !== null) : wordTerms.some((term) => term !== null)) && wordTerms.length > 0
      ? wordTerms.filter((term) => term !== null).join(join)
      : null;
  const queries = {
    fi: terms('fi'),
    sv: terms('sv'),
    en: terms('en'),
    all: wordsAlternatives.map((word) => wordTerm(word.prefixes, word.exact)).join(join),
    allIndexed: indexed(wordsAlternatives.map((word) => indexedTerm(word.prefixes, word.exact, occurring))),
    allExact: indexed(wordsAlternatives.map((word) => indexedTerm([], word.exact, occurring))),
    words: wordsAlternatives.map((word) => ({
      prefixes: word.prefixes.filter((prefix) => occurring.expansions.get(prefix) === null),
      exact: [
        ...word.exact.filter((lexeme) => occurring.exact.has(lexeme)),
        ...word.prefixes.flatMap((prefix) => occurring.expansions.get(prefix) ?? []),
      ],
    })),
  };
  return queries.all || queries.fi ? queries : null;
}

/** Marks around highlighted words: private-use characters that no one types, split apart when rendering. */
export const highlightStart = '\uE000';
export const highlightEnd = '\uE001';
