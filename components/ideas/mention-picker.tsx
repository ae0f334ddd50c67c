'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useId, useRef, useState } from 'react';
import { ColleagueOptions } from './colleague-options';
import { useColleagueSearch, type Colleague } from './use-colleague-search';

/** "Mention a colleague": find someone by name; the pick is written into the comment as a mention. */
export function MentionPicker({ onPick }: { onPick: (colleague: Colleague) => void }) {
  const t = useTranslations('ideas.comments');
  const id = useId();
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const found = useColleagueSearch(open ? query : '');
  const input = useRef<HTMLInputElement>(null);
  // The person asked for the search by pressing the button: take them to it.
  useEffect(() => {
    if (open) input.current?.focus();
  }, [open]);

  if (!open) {
    return (
      <button
        type="button"
        onClick={() => setOpen(true)}
        className="min-h-11 self-start rounded px-2 text-brand underline underline-offset-4"
      >
        {t('mention')}
      </button>
    );
  }
  return (
    <div className="rounded border border-line p-2">
      <label htmlFor={`${id}-mention`} className="text-sm font-semibold">
        {t('mentionSearch')}
      </label>
      <input
        id={`${id}-mention`}
        type="search"
        ref={input}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') setOpen(false);
        }}
        autoComplete="off"
        className="mt-1 min-h-11 w-full rounded border border-line bg-white px-3"
      />
      <ColleagueOptions
        colleagues={found}
        label={t('mentionResults')}
        actionLabel={(name) => t('mentionPick', { name })}
        onPick={(colleague) => {
          onPick(colleague);
          setQuery('');
          setOpen(false);
        }}
      />
    </div>
  );
}
