'use client';

import { useLocale } from 'next-intl';
import { useDebouncedJson } from './use-debounced-json';

export interface Colleague {
  id: string;
  name: string;
  department?: string | null;
}

const none = { colleagues: [] as Colleague[] };

/** Colleagues whose name contains the text (two letters or more), fetched as the person types. */
export function useColleagueSearch(query: string): Colleague[] {
  const locale = useLocale();
  const url = query.trim().length >= 2 ? `/api/users/search?${new URLSearchParams({ q: query, locale })}` : null;
  return useDebouncedJson(url, none).colleagues;
}
