import { TaxonomyPage, taxonomyPageMetadata } from '../taxonomy-page';

interface PageProps {
  params: Promise<{ locale: string }>;
}

export function generateMetadata(props: PageProps) {
  return taxonomyPageMetadata('category', props);
}

export default function CategoriesPage({ params }: PageProps) {
  return <TaxonomyPage kind="category" params={params} />;
}
