import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { getCurrentUser } from '@/modules/access/current-user';
import { checkedParams } from '@/modules/i18n/page-params';
import { Link, redirect } from '@/modules/i18n/navigation';
import { adminPagesFor } from '@/modules/navigation/admin-pages';

interface AdminHomeProps {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: AdminHomeProps): Promise<Metadata> {
  const { locale } = await checkedParams(params);
  const t = await getTranslations({ locale, namespace: 'adminHome' });
  return { title: t('title'), robots: { index: false } };
}

export default async function AdminHomePage({ params }: AdminHomeProps) {
  const { locale } = await checkedParams(params);
  setRequestLocale(locale);
  const actor = await getCurrentUser();
  if (!actor) return redirect({ href: '/sign-in', locale });
  const pages = adminPagesFor(actor);
  if (pages.length === 0) notFound();
  const t = await getTranslations();
  return (
    <div>
      <h1 className="text-3xl font-extrabold text-brand">{t('adminHome.title')}</h1>
      <p className="mt-2 max-w-prose">{t('adminHome.intro')}</p>
      <ul className="mt-6 grid gap-3 sm:grid-cols-2">
        {pages.map((page) => (
          <li key={page.id} className="rounded border border-line bg-white p-4">
            <Link href={page.href} className="text-lg font-semibold text-brand underline">
              {t(page.title)}
            </Link>
            <p className="mt-1 text-sm text-muted">{t(`adminHome.pages.${page.id}`)}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
