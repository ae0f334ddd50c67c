import { useTranslations } from 'next-intl';
import { Link } from '@/modules/i18n/navigation';
import type { Organisation } from '@/modules/platform/organisation';
import { LanguageSwitcher } from './language-switcher';
import { MainNav } from './main-nav';

export function SiteHeader({ organisation }: { organisation: Organisation }) {
  const t = useTranslations('shell');
  return (
    <header className="border-b-4 border-brand bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        {/* The visible text is the link's name (WCAG 2.5.3), so speech users can say what they see. */}
        <Link href="/" className="flex min-h-11 items-center gap-3 rounded no-underline">
          {/* The logo sits beside the organisation's name in text, so it is decorative here. */}
          {/* eslint-disable-next-line @next/next/no-img-element -- an operator-configured URL, often an SVG */}
          <img src={organisation.logoUrl} alt="" width={40} height={40} className="h-10 w-10" />
          <span className="flex flex-col leading-tight">
            <span className="text-xl font-extrabold tracking-wide text-brand">{t('product')}</span>
            <span className="text-sm text-muted">{organisation.name}</span>
          </span>
        </Link>
        <div className="ml-auto flex items-center gap-2">
          <LanguageSwitcher />
        </div>
        <MainNav />
      </div>
    </header>
  );
}
