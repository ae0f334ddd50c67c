/**
 * Text for Prisma's `contains` / `startsWith` / `endsWith`, which pass `%` and `_` on to LIKE as
 * wildcards: escaped with PostgreSQL's default escape character, so they match only themselves.
 */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}
