import { checkedParams } from '@/modules/i18n/page-params';
import { TaxonomyPage, taxonomyPageMetadata } from '../taxonomy-page';

interface PageProps {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: PageProps) {
  const { locale } = await checkedParams(params);
  return taxonomyPageMetadata('department', locale);
}

export default async function DepartmentsPage({ params }: PageProps) {
  const { locale } = await checkedParams(params);
  return <TaxonomyPage kind="department" locale={locale} />;
}
