import { useTranslations } from 'next-intl';
import { Link } from '@/modules/i18n/navigation';
import type { Organisation } from '@/modules/platform/organisation';
import { LanguageSwitcher } from './language-switcher';
import { MainNav } from './main-nav';
import { UserMenu } from './user-menu';

export function SiteHeader({ organisation }: { organisation: Organisation }) {
  const t = useTranslations('shell');
  return (
    <header className="relative border-b-4 border-brand bg-white">
      {/* Phones: logo and menu button, languages on a row below; wider screens: one row. */}
      <div className="mx-auto grid max-w-5xl grid-cols-[minmax(0,1fr)_auto] items-center gap-x-3 px-4 py-2 sm:grid-cols-[minmax(0,1fr)_auto_auto] sm:gap-x-6 sm:px-6 sm:py-3">
        {/* The visible text is the link's name (WCAG 2.5.3), so speech users can say what they see. */}
        <Link href="/" className="flex min-h-11 min-w-0 items-center gap-3 rounded no-underline">
          {/* The logo sits beside the organisation's name in text, so it is decorative here. */}
          {/* eslint-disable-next-line @next/next/no-img-element -- an operator-configured URL, often an SVG */}
          <img src={organisation.logoUrl} alt="" width={40} height={40} className="h-10 w-10" />
          <span className="flex min-w-0 flex-col leading-tight">
            <span className="text-xl font-extrabold tracking-wide text-brand">{t('product')}</span>
            <span className="text-sm text-muted">{organisation.name}</span>
          </span>
        </Link>
        <MainNav />
        <div className="col-span-2 flex flex-wrap items-center justify-end gap-x-4 sm:col-span-1">
          <UserMenu />
          <LanguageSwitcher />
        </div>
      </div>
    </header>
  );
}
