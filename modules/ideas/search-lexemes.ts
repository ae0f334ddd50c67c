import type { Database } from '@/modules/platform/db/client';

// The lexemes that occur in ideas and comments (table search_lexemes, kept by triggers; decision
// 0041). A text index answers a prefix (`'päiväko':*`) by collecting every row of every lexeme it
// starts before the other words can narrow them; exact lexemes let it skip. So each typed prefix
// is expanded here into the lexemes that start with it, and generated forms that occur nowhere are
// dropped before the index is asked. The matches are the same: a lexeme outside the table occurs
// in no row.

/** A prefix that starts more lexemes than this stays a prefix in the query: the same matches, the old cost. */
export const MAX_EXPANSION = 64;

export interface OccurringLexemes {
  /** The asked exact lexemes that occur somewhere. */
  exact: Set<string>;
  /** Each asked prefix's lexemes, or null when more than MAX_EXPANSION start with it. */
  expansions: Map<string, string[] | null>;
}

/** One round trip: which of the exact lexemes occur, and what each prefix expands to. */
export async function occurringLexemes(db: Database, exact: string[], prefixes: string[]): Promise<OccurringLexemes> {
  const rows = await db.$queryRaw<{ prefix: string | null; lexeme: string }[]>`
    SELECT NULL AS prefix, lexeme FROM search_lexemes WHERE lexeme = ANY(${exact}::text[])
    UNION ALL
    SELECT p.prefix, l.lexeme FROM unnest(${prefixes}::text[]) AS p(prefix)
      CROSS JOIN LATERAL (SELECT lexeme FROM search_lexemes WHERE lexeme ^@ p.prefix LIMIT ${MAX_EXPANSION + 1}) l`;
  const expansions = new Map<string, string[] | null>(prefixes.map((prefix) => [prefix, []]));
  for (const row of rows) {
    if (row.prefix === null) continue;
    const found = expansions.get(row.prefix);
    if (found) found.push(row.lexeme);
  }
  for (const [prefix, found] of expansions) if (found && found.length > MAX_EXPANSION) expansions.set(prefix, null);
  return { exact: new Set(rows.filter((row) => row.prefix === null).map((row) => row.lexeme)), expansions };
}

/**
 * A lexeme as tsquery input (cast with `::tsquery`, never re-parsed): inside quotes only a quote
 * and a backslash are special. Stored lexemes can hold any character (`www.hel.fi`, `e-mail`).
 */
export function quoteLexeme(lexeme: string): string {
  return `'${lexeme.replace(/[\\']/g, (special) => `\\${special}`)}'`;
}

/**
 * One word's alternatives for the index, ORed: the occurring exact lexemes and the prefixes'
 * expansions; a prefix with too many stays `'prefix':*`. Null when the word occurs nowhere.
 */
export function indexedTerm(prefixes: string[], exact: string[], occurring: OccurringLexemes): string | null {
  const kept = prefixes.filter((prefix) => occurring.expansions.get(prefix) === null);
  const lexemes = new Set([
    ...exact.filter((lexeme) => occurring.exact.has(lexeme)),
    ...prefixes.flatMap((prefix) => occurring.expansions.get(prefix) ?? []),
  ]);
  const alternatives = [
    ...kept.map((prefix) => `${quoteLexeme(prefix)}:*`),
    ...[...lexemes].filter((lexeme) => !kept.some((prefix) => lexeme.startsWith(prefix))).map(quoteLexeme),
  ];
  if (alternatives.length === 0) return null;
  return alternatives.length === 1 ? alternatives[0]! : `(${alternatives.join(' | ')})`;
}
