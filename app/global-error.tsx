'use client';

import './globals.css';
import { errorMessages } from '@/modules/i18n/error-messages';
import type { AppLocale } from '@/modules/i18n/locales';

// The last resort, when even the layout failed (a sign-out with the network gone, for one). It
// replaces the whole document, so no translation provider exists here: the text comes straight
// from the error message files, in the language of the address.
function languageOfAddress(): AppLocale {
  if (typeof window === 'undefined') return 'fi';
  const prefix = window.location.pathname.split('/')[1];
  return prefix === 'sv' || prefix === 'en' ? prefix : 'fi';
}

export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const locale = languageOfAddress();
  const text = errorMessages[locale];
  return (
    <html lang={locale}>
      <body className="mx-auto max-w-2xl p-6">
        <main>
          <h1 className="text-2xl font-bold">{text.errorTitle}</h1>
          <p className="mt-2 max-w-prose">{text.errorBody}</p>
          {error.digest && (
            <p className="mt-2 text-sm text-muted">{text.reference.replace('{digest}', error.digest)}</p>
          )}
          <button
            type="button"
            onClick={reset}
            className="mt-4 min-h-11 rounded bg-brand px-4 font-semibold text-white hover:opacity-90"
          >
            {text.retry}
          </button>
        </main>
      </body>
    </html>
  );
}
