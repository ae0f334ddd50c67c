'use client';

import clsx from 'clsx';
import { useLocale, useTranslations } from 'next-intl';
import { useId } from 'react';
import { locales } from '@/modules/i18n/locales';
import { Link, usePathname } from '@/modules/i18n/navigation';

/** Each language named in itself, so that a reader who cannot read the current one still finds theirs. */
const ownNames = { fi: 'Suomi', sv: 'Svenska', en: 'English' } as const;

/**
 * The three languages as links to this same page. A row in the signed-out header; a labelled list
 * inside the account menu and the phone menu.
 */
export function LanguageSwitcher({ layout = 'row', onNavigate }: { layout?: 'row' | 'list'; onNavigate?: () => void }) {
  const t = useTranslations('language');
  const current = useLocale();
  const pathname = usePathname();
  const labelId = useId();

  const links = (
    <ul
      aria-labelledby={layout === 'list' ? labelId : undefined}
      className={clsx('flex gap-1', layout === 'list' && 'flex-wrap')}
    >
      {locales.map((locale) => (
        <li key={locale}>
          <Link
            href={pathname}
            locale={locale}
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
