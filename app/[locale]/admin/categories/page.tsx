import { checkedParams } from '@/modules/i18n/page-params';
import { TaxonomyPage, taxonomyPageMetadata } from '../taxonomy-page';

interface PageProps {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: PageProps) {
  const { locale } = await checkedParams(params);
  return taxonomyPageMetadata('category', locale);
}

export default async function CategoriesPage({ params }: PageProps) {
  const { locale } = await checkedParams(params);
  return <TaxonomyPage kind="category" locale={locale} />;
}
