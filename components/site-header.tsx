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
      {/* A slim utility bar for who you are and which language, above the identity and the menu. */}
      <div className="border-b border-line bg-surface">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-end gap-x-4 px-4 sm:px-6">
          <UserMenu />
          <LanguageSwitcher />
        </div>
      </div>
      <div className="mx-auto flex max-w-5xl items-center justify-between gap-3 px-4 py-2 sm:px-6 sm:py-3">
        {/* The visible text is the link's name (WCAG 2.5.3), so speech users can say what they see. */}
        <Link href="/" className="flex min-h-11 min-w-0 items-center gap-3 rounded no-underline">
          {/* The logo sits beside the organisation's name in text, so it is decorative here. */}
          {/* eslint-disable-next-line @next/next/no-img-element -- an operator-configured URL, often an SVG */}
          <img src={organisation.logoUrl} alt="" width={40} height={40} className="h-10 w-10 shrink-0" />
          <span className="flex min-w-0 flex-col leading-tight">
            <span className="text-xl font-extrabold tracking-wide text-brand">{t('product')}</span>
            <span className="text-sm text-muted">{organisation.name}</span>
          </span>
        </Link>
        <MainNav />
      </div>
    </header>
  );
}
