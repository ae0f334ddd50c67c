'use client';

import clsx from 'clsx';
import { useLocale, useTranslations } from 'next-intl';
import { useSearchParams } from 'next/navigation';
import { useId } from 'react';
import { locales } from '@/modules/i18n/locales';
import { Link, usePathname } from '@/modules/i18n/navigation';

/** Each language named in itself, so that a reader who cannot read the current one still finds theirs. */
const ownNames = { fi: 'Suomi', sv: 'Svenska', en: 'English' } as const;

/** The address's query as a Link wants it, keeping repeated parameters (`?status=a&status=b`). */
function queryOf(params: URLSearchParams): Record<string, string[]> {
  const query: Record<string, string[]> = {};
  for (const [name, value] of params) (query[name] ??= []).push(value);
  return query;
}

/**
 * The three languages as links to this same page, its query (a search, a filter) kept. A row in the
 * signed-out header; a labelled list inside the account menu and the phone menu.
 */
export function LanguageSwitcher({ layout = 'row', onNavigate }: { layout?: 'row' | 'list'; onNavigate?: () => void }) {
  const t = useTranslations('language');
  const current = useLocale();
  const pathname = usePathname();
  const query = queryOf(useSearchParams());
  const labelId = useId();

  const links = (
    <ul
      aria-labelledby={layout === 'list' ? labelId : undefined}
      className={clsx('flex gap-1', layout === 'list' && 'flex-wrap')}
    >
      {locales.map((locale) => (
        <li key={locale}>
          <Link
            href={{ pathname, query }}
            locale={locale}
            // A prefetch would be asked for under the old language's cookie, which redirects it back
            // to that language; the click then follows the stored redirect and the language stays.
            prefetch={false}
            lang={locale}
            hrefLang={locale}
            aria-current={locale === current ? 'true' : undefined}
            onClick={onNavigate}
            className={clsx(
              'flex min-h-11 min-w-11 items-center justify-center rounded px-2 text-sm font-semibold',
              locale === current ? 'bg-brand text-white' : 'text-brand underline-offset-4 hover:underline',
            )}
          >
            {ownNames[locale]}
          </Link>
        </li>
      ))}
    </ul>
  );
  if (layout === 'row') return <nav aria-label={t('choose')}>{links}</nav>;
  return (
    <div>
      <p id={labelId} className="px-2 text-sm font-semibold text-muted">
        {t('label')}
      </p>
      {links}
    </div>
  );
}
