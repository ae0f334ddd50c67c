import { useTranslations } from 'next-intl';
import { Link } from '@/modules/i18n/navigation';
import type { Organisation } from '@/modules/platform/organisation';
import { MainNav } from './main-nav';

/** One row at every width: the service's name, then the menu (decision 0014). */
export function SiteHeader({ organisation }: { organisation: Organisation }) {
  const t = useTranslations('shell');
  return (
    <header className="relative border-b-4 border-brand bg-white">
      <div className="mx-auto flex max-w-5xl items-center gap-2 px-4 py-1.5 sm:px-6 lg:gap-3 lg:py-2">
        {/* The visible text is the link's name (WCAG 2.5.3), so speech users can say what they see. */}
        {/* The name gives way (truncates) before the menu does, so 320 px never scrolls sideways (WCAG 1.4.10). */}
        <Link href="/" className="flex min-h-11 min-w-0 items-center gap-2 rounded no-underline lg:gap-3">
          {/* The logo sits beside the organisation's name in text, so it is decorative here. */}
          {/* eslint-disable-next-line @next/next/no-img-element -- an operator-configured URL, often an SVG */}
          <img src={organisation.logoUrl} alt="" width={40} height={40} className="h-8 w-8 shrink-0 lg:h-10 lg:w-10" />
          <span className="flex min-w-0 flex-col leading-tight">
            <span className="truncate text-xl font-extrabold tracking-wide text-brand">{t('product')}</span>
            {/* Phones have room for one row: the organisation is read out there, and shown on wide screens. */}
            <span className="sr-only text-sm text-muted lg:not-sr-only">
              <span className="block truncate">{organisation.name}</span>
            </span>
          </span>
        </Link>
        <MainNav />
      </div>
    </header>
  );
}
