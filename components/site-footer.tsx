import { useTranslations } from 'next-intl';
import { Link } from '@/modules/i18n/navigation';
import type { Organisation } from '@/modules/platform/organisation';

export function SiteFooter({ organisation }: { organisation: Organisation }) {
  const t = useTranslations('shell');
  const nav = useTranslations('nav');
  const thanks = useTranslations('hallOfFame');
  return (
    <footer className="mt-12 border-t border-line bg-surface">
      <div className="mx-auto flex max-w-5xl flex-col gap-2 px-4 py-6 text-sm text-muted sm:flex-row sm:justify-between sm:px-6">
        <p>{t('footerText', { organisation: organisation.name })}</p>
        <nav aria-label={t('footerNavigation')} className="flex flex-wrap gap-x-4 gap-y-2">
          <Link href="/thanks" className="text-brand underline underline-offset-4">
            {thanks('footerLink')}
          </Link>
          <Link href="/accessibility" className="text-brand underline underline-offset-4">
            {nav('accessibility')}
          </Link>
        </nav>
      </div>
    </footer>
  );
}
