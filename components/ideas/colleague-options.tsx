'use client';

import type { Colleague } from './use-colleague-search';

interface ColleagueOptionsProps {
  colleagues: Colleague[];
  label: string;
  /** The button text for one colleague, e.g. "Add Maija Mäkelä". */
  actionLabel: (name: string) => string;
  onPick: (colleague: Colleague) => void;
}

/** Found colleagues as a list of buttons, with their department to tell namesakes apart. */
export function ColleagueOptions({ colleagues, label, actionLabel, onPick }: ColleagueOptionsProps) {
  if (colleagues.length === 0) return null;
  return (
    <ul className="mt-1 grid gap-1 rounded border border-line bg-white p-1" aria-label={label}>
      {colleagues.map((colleague) => (
        <li key={colleague.id}>
          <button
            type="button"
            onClick={() => onPick(colleague)}
            className="min-h-11 w-full rounded px-2 text-left hover:bg-surface"
          >
            {actionLabel(colleague.name)}
            {colleague.department && <span className="text-sm text-muted"> · {colleague.department}</span>}
          </button>
        </li>
      ))}
    </ul>
  );
}
