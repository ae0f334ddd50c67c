import { boardColumns, showParam } from './board';

/** The board's own URL parameters: filters, view and "show more" (never an outcome notice). */
const boardParamNames: readonly string[] = [
  'view',
  'department',
  'owner',
  'overdue',
  'stalled',
  'mine',
  ...boardColumns.map(showParam),
];

/** A board address's query (e.g. a form's `back` field) reduced to the board's own parameters. */
export function boardQuery(search: string): Record<string, string> {
  const query: Record<string, string> = {};
  for (const [name, value] of new URLSearchParams(search))
    if (boardParamNames.includes(name) && value !== '' && !(name in query)) query[name] = value;
  return query;
}
