'use client';

import clsx from 'clsx';
import { useLocale, useTranslations } from 'next-intl';
import { locales } from '@/modules/i18n/locales';
import { Link, usePathname } from '@/modules/i18n/navigation';

/** Each language named in itself, so that a reader who cannot read the current one still finds theirs. */
const ownNames = { fi: 'Suomi', sv: 'Svenska', en: 'English' } as const;

export function LanguageSwitcher() {
  const t = useTranslations('language');
  const current = useLocale();
  const pathname = usePathname();

  return (
    <nav aria-label={t('choose')}>
      <ul className="flex gap-1">
        {locales.map((locale) => (
          <li key={locale}>
            <Link
              href={pathname}
              locale={locale}
              lang={locale}
              hrefLang={locale}
              aria-current={locale === current ? 'true' : undefined}
              className={clsx(
                'flex min-h-11 min-w-11 items-center justify-center rounded px-2 text-sm font-semibold',
                locale === current ? 'bg-brand text-white' : 'text-brand underline-offset-4 hover:underline',
              )}
            >
              {/* Phones show the code; the name is still read out, and shown on wider screens. */}
              <span className="sm:hidden">{locale.toUpperCase()}</span>
              <span className="sr-only sm:not-sr-only">{` ${ownNames[locale]}`}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
