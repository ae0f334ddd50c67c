import type { Metadata } from 'next';
import { hasLocale, NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import type { ReactNode } from 'react';
import { DemoSignInBanner } from '@/components/demo-sign-in-banner';
import { DocumentTitleFallback } from '@/components/document-title-fallback';
import { FocusHeadingOnNavigation } from '@/components/focus-heading-on-navigation';
import { SiteFooter } from '@/components/site-footer';
import { MeProvider } from '@/components/me-provider';
import { SiteHeader } from '@/components/site-header';
import { SkipLink } from '@/components/skip-link';
import { isDemoLoginEnabled } from '@/modules/access/demo-login';
import { clientMessages } from '@/modules/i18n/client-messages';
import { locales } from '@/modules/i18n/locales';
import { routing } from '@/modules/i18n/routing';
import { brandStyleRule } from '@/modules/platform/content-security-policy';
import { getOrganisation } from '@/modules/platform/organisation';

interface LocaleLayoutProps {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: LocaleLayoutProps): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'meta' });
  const organisation = getOrganisation(locale);
  return {
    title: { default: t('title'), template: `%s – ${t('title')}` },
    description: t('description', { organisation: organisation.name }),
    icons: { icon: organisation.logoUrl },
  };
}

export default async function LocaleLayout({ children, params }: LocaleLayoutProps) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const organisation = getOrganisation(locale);
  const messages = await getMessages();
  const meta = await getTranslations('meta');
  // Every page is rendered per request, so that its scripts carry that response's nonce (proxy.ts).
  await connection();

  return (
    <html lang={locale}>
      <head>
        <style>{brandStyleRule(organisation.brandColor)}</style>
      </head>
      <body className="flex min-h-dvh flex-col">
        <NextIntlClientProvider messages={clientMessages(messages)}>
          <DocumentTitleFallback title={meta('title')} />
          <SkipLink />
          {isDemoLoginEnabled() && <DemoSignInBanner />}
          {/* Who is signed in reaches the browser separately, so pages can be the same for all (decision 0008). */}
          <MeProvider>
            <SiteHeader organisation={organisation} />
            <main
              id="main"
              tabIndex={-1}
              className="mx-auto w-full max-w-5xl flex-1 px-4 py-6 focus:outline-none sm:px-6"
            >
              {children}
            </main>
          </MeProvider>
          <SiteFooter organisation={organisation} />
          <FocusHeadingOnNavigation />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
