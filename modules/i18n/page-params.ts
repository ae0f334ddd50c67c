import { notFound } from 'next/navigation';
import { isAppLocale, type AppLocale } from './locales';

/**
 * A page's route parameters with its [locale] checked first: an unknown locale is a 404 before the
 * page reads anything. Every page (and its generateMetadata) needs this itself: Next.js resolves a
 * page's metadata beside its layout, so the layout's own check cannot stop the page's queries.
 */
export async function checkedParams<Params extends { locale: string }>(
  params: Promise<Params>,
): Promise<Params & { locale: AppLocale }> {
  const resolved = await params;
  if (!isAppLocale(resolved.locale)) notFound();
  return { ...resolved, locale: resolved.locale };
}
