import { TaxonomyPage, taxonomyPageMetadata } from '../taxonomy-page';

interface PageProps {
  params: Promise<{ locale: string }>;
}

export function generateMetadata(props: PageProps) {
  return taxonomyPageMetadata('department', props);
}

export default function DepartmentsPage({ params }: PageProps) {
  return <TaxonomyPage kind="department" params={params} />;
}
