'use client';

import { X } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { FieldError, FieldFrame, describedBy } from '@/components/forms';
import { ColleagueCombobox } from './colleague-options';
import { useColleagueSearch, type Colleague } from './use-colleague-search';

export type { Colleague };

interface ColleaguePickerProps {
  /** The search field's id (an error summary's link focuses it), or the first remove button's when full. */
  id: string;
  name: string;
  label: string;
  hint: string;
  initial: Colleague[];
  max: number;
  error?: string;
}

/** Find colleagues by name and add them; each chosen one travels with the form as a hidden field. */
export function ColleaguePicker({ id, name, label, hint, initial, max, error }: ColleaguePickerProps) {
  const t = useTranslations('ideas.form');
  const [chosen, setChosen] = useState<Colleague[]>(initial);
  const [query, setQuery] = useState('');
  const found = useColleagueSearch(query);

  const available = found.filter((colleague) => !chosen.some((picked) => picked.id === colleague.id));
  const full = chosen.length >= max;
  const described = describedBy(id, { hint: true, error: Boolean(error) });
  return (
    <FieldFrame invalid={Boolean(error)}>
      {/* Hint and error describe the search field; while the list is full they describe the group. */}
      <fieldset aria-describedby={full ? described : undefined}>
        <legend className="font-semibold">{label}</legend>
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </p>
        <FieldError id={`${id}-error`} error={error} />
        {chosen.length > 0 && (
          <ul className="mt-2 flex flex-wrap gap-2">
            {chosen.map((colleague, index) => (
              <li key={colleague.id} className="inline-flex items-center gap-1 rounded-full bg-surface py-1 pr-1 pl-3">
                <input type="hidden" name={name} value={colleague.id} />
                {colleague.name}
                <button
                  // Without the search field, the first remove button is where the error summary's link leads.
                  id={full && index === 0 ? id : undefined}
                  type="button"
                  onClick={() => setChosen((current) => current.filter((picked) => picked.id !== colleague.id))}
                  className="inline-flex size-9 items-center justify-center rounded-full"
                  aria-label={t('removeColleague', { name: colleague.name })}
                >
                  <X aria-hidden="true" size={16} />
                </button>
              </li>
            ))}
          </ul>
        )}
        {!full && (
          <>
            <label htmlFor={id} className="mt-2 block text-sm">
              {t('findColleague')}
            </label>
            <ColleagueCombobox
              id={id}
              query={query}
              onQueryChange={setQuery}
              colleagues={available}
              listLabel={t('colleaguesFound')}
              optionLabel={(colleague) => t('addColleague', { name: colleague })}
              resultsStatus={(count) => t('colleaguesCount', { count })}
              onPick={(colleague) => {
                setChosen((current) => [...current, colleague]);
                setQuery('');
              }}
              describedBy={described}
              invalid={Boolean(error)}
            />
          </>
        )}
      </fieldset>
    </FieldFrame>
  );
}
