/** A page's query string as Next.js gives it: a repeated name (`?q=a&q=b`) arrives as an array. */
export type SearchParams = Record<string, string | string[] | undefined>;

/** The first value of a parameter: a repeated one is read as its first occurrence, never refused. */
export function firstValue(params: SearchParams, name: string): string | undefined {
  const value = params[name];
  return Array.isArray(value) ? value[0] : value;
}
