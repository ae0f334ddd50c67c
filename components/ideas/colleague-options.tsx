'use client';

import { useState, type KeyboardEvent, type Ref } from 'react';
import { nextRovingIndex } from '@/components/forms';
import type { Colleague } from './use-colleague-search';

interface ColleagueComboboxProps {
  /** The input's id; options get `${id}-option-N`. */
  id: string;
  query: string;
  onQueryChange: (query: string) => void;
  colleagues: Colleague[];
  /** The list's accessible name, e.g. "Found colleagues". */
  listLabel: string;
  /** One option's text, e.g. "Add Maija Mäkelä". */
  optionLabel: (name: string) => string;
  /** Read out politely when colleagues are found, e.g. "3 colleagues found". */
  resultsStatus: (count: number) => string;
  onPick: (colleague: Colleague) => void;
  /** Escape with the list already closed; by default it empties the search. */
  onEscape?: () => void;
  inputRef?: Ref<HTMLInputElement>;
  describedBy?: string;
  invalid?: boolean;
}

/**
 * A search field with its found colleagues as an ARIA combobox (the APG list-autocomplete pattern):
 * the focus stays in the field, arrow keys move the active option (`aria-activedescendant`), Enter
 * picks it, Escape closes the list. Department tells namesakes apart. Label the input outside.
 */
export function ColleagueCombobox({
  id,
  query,
  onQueryChange,
  colleagues,
  listLabel,
  optionLabel,
  resultsStatus,
  onPick,
  onEscape,
  inputRef,
  describedBy,
  invalid,
}: ColleagueComboboxProps) {
  const [open, setOpen] = useState(true);
  const [active, setActive] = useState(-1);
  const expanded = open && colleagues.length > 0;
  const current = expanded && active < colleagues.length ? active : -1;
  const listId = `${id}-options`;
  const optionId = (index: number) => `${id}-option-${index}`;

  function pick(colleague: Colleague) {
    onPick(colleague);
    setActive(-1);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const count = colleagues.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (count === 0) return;
      event.preventDefault();
      setOpen(true);
      setActive(
        current < 0 && event.key === 'ArrowUp' ? count - 1 : (nextRovingIndex(current, event.key, count) ?? -1),
      );
    } else if (event.key === 'Enter') {
      // Enter here chooses; it never sends the form the picker sits in.
      event.preventDefault();
      const chosen = colleagues[current];
      if (chosen) pick(chosen);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      if (expanded) setOpen(false);
      else if (onEscape) onEscape();
      else onQueryChange('');
    }
  }

  return (
    <div className="relative">
      <input
        id={id}
        ref={inputRef}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={expanded ? listId : undefined}
        aria-activedescendant={current >= 0 ? optionId(current) : undefined}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        value={query}
        onChange={(event) => {
          onQueryChange(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        autoComplete="off"
        className={`mt-1 min-h-11 w-full rounded bg-white px-3 ${invalid ? 'border-2 border-red-700' : 'border border-line'}`}
      />
      {expanded && (
        <ul
          id={listId}
          role="listbox"
          aria-label={listLabel}
          className="mt-1 grid gap-1 rounded border border-line bg-white p-1"
        >
          {colleagues.map((colleague, index) => (
            // Keys reach the options through the field (aria-activedescendant), never the option itself.
            // eslint-disable-next-line jsx-a11y/click-events-have-key-events
            <li
              key={colleague.id}
              id={optionId(index)}
              role="option"
              aria-selected={index === current}
              // The focus stays in the field: a press must not take it away before the click.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => pick(colleague)}
              className={`flex min-h-11 cursor-pointer items-center rounded px-2 hover:bg-surface ${
                index === current ? 'bg-surface outline-2 outline-brand' : ''
              }`}
            >
              <span>
                {optionLabel(colleague.name)}
                {colleague.department && <span className="text-sm text-muted"> · {colleague.department}</span>}
              </span>
            </li>
          ))}
        </ul>
      )}
      <p aria-live="polite" className="sr-only">
        {expanded ? resultsStatus(colleagues.length) : ''}
      </p>
    </div>
  );
}
