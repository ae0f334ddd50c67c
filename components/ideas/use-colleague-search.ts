'use client';

import { useLocale } from 'next-intl';
import { useEffect, useState } from 'react';

export interface Colleague {
  id: string;
  name: string;
  department?: string | null;
}

/** Colleagues whose name contains the text (two letters or more), fetched as the person types. */
export function useColleagueSearch(query: string): Colleague[] {
  const locale = useLocale();
  const [found, setFound] = useState<Colleague[]>([]);
  useEffect(() => {
    const controller = new AbortController();
    const timer = setTimeout(() => {
      if (query.trim().length < 2) {
        setFound([]);
        return;
      }
      fetch(`/api/users/search?${new URLSearchParams({ q: query, locale })}`, { signal: controller.signal })
        .then((response) => (response.ok ? response.json() : { colleagues: [] }))
        .then((body: { colleagues: Colleague[] }) => setFound(body.colleagues))
        .catch(() => undefined);
    }, 250);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, locale]);
  return found;
}
