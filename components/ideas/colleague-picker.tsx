'use client';

import { X } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { ColleagueOptions } from './colleague-options';
import { useColleagueSearch, type Colleague } from './use-colleague-search';

export type { Colleague };

interface ColleaguePickerProps {
  name: string;
  label: string;
  initial: Colleague[];
  max: number;
  error?: string;
}

/** Find colleagues by name and add them; each chosen one travels with the form as a hidden field. */
export function ColleaguePicker({ name, label, initial, max, error }: ColleaguePickerProps) {
  const t = useTranslations('ideas.form');
  const id = useId();
  const [chosen, setChosen] = useState<Colleague[]>(initial);
  const [query, setQuery] = useState('');
  const found = useColleagueSearch(query);

  const available = found.filter((colleague) => !chosen.some((picked) => picked.id === colleague.id));
  return (
    <fieldset aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="font-semibold">{label}</legend>
      {chosen.length > 0 && (
        <ul className="mt-2 flex flex-wrap gap-2">
          {chosen.map((colleague) => (
            <li key={colleague.id} className="inline-flex items-center gap-1 rounded-full bg-surface py-1 pr-1 pl-3">
              <input type="hidden" name={name} value={colleague.id} />
              {colleague.name}
              <button
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
      {chosen.length < max && (
        <>
          <label htmlFor={`${id}-search`} className="mt-2 block text-sm">
            {t('findColleague')}
          </label>
          <input
            id={`${id}-search`}
            type="search"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            autoComplete="off"
            className="mt-1 min-h-11 w-full rounded border border-line bg-white px-3"
          />
          <ColleagueOptions
            colleagues={available}
            label={t('colleaguesFound')}
            actionLabel={(name) => t('addColleague', { name })}
            onPick={(colleague) => {
              setChosen((current) => [...current, colleague]);
              setQuery('');
            }}
          />
        </>
      )}
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-800">
          {error}
        </p>
      )}
    </fieldset>
  );
}
