'use client';

import { useEffect, useState } from 'react';

/**
 * The JSON at a URL that follows typing: fetched a moment after the URL stops changing, earlier
 * requests cancelled. A null URL (too little typed) gives the empty value.
 */
export function useDebouncedJson<T>(url: string | null, empty: T, delayMs = 250): T {
  const [value, setValue] = useState<T>(empty);
  useEffect(() => {
    const controller = new AbortController();
    const timer = setTimeout(() => {
      if (url === null) {
        setValue(empty);
        return;
      }
      fetch(url, { signal: controller.signal })
        .then((response) => (response.ok ? (response.json() as Promise<T>) : empty))
        .then(setValue)
        .catch(() => undefined);
    }, delayMs);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
    // `empty` is a constant for each caller; following it would refetch on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [url, delayMs]);
  return value;
}
