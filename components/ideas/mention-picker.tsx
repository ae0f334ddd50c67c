'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useId, useRef, useState } from 'react';
import { ColleagueCombobox } from './colleague-options';
import { useColleagueSearch, type Colleague } from './use-colleague-search';

/** "Mention a colleague": find someone by name; the pick is written into the comment as a mention. */
export function MentionPicker({ onPick }: { onPick: (colleague: Colleague) => void }) {
  const t = useTranslations('ideas.comments');
  const id = useId();
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const found = useColleagueSearch(open ? query : '');
  const input = useRef<HTMLInputElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const [returnFocus, setReturnFocus] = useState(false);
  // The person asked for the search by pressing the button: take them to it, and back when done.
  useEffect(() => {
    if (open) input.current?.focus();
    else if (returnFocus) opener.current?.focus();
  }, [open, returnFocus]);

  /** A pick sends the focus into the comment (the caller does that); Escape back to the button. */
  function close(backToButton: boolean) {
    setQuery('');
    setReturnFocus(backToButton);
    setOpen(false);
  }

  if (!open) {
    return (
      <button
        ref={opener}
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
      <ColleagueCombobox
        id={`${id}-mention`}
        inputRef={input}
        query={query}
        onQueryChange={setQuery}
        colleagues={found}
        listLabel={t('mentionResults')}
        optionLabel={(name) => t('mentionPick', { name })}
        resultsStatus={(count) => t('mentionCount', { count })}
        onPick={(colleague) => {
          close(false);
          onPick(colleague);
        }}
        onEscape={() => close(true)}
      />
    </div>
  );
}
