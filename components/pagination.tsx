import type { ComponentProps } from 'react';
import { Link } from '@/modules/i18n/navigation';

type Href = ComponentProps<typeof Link>['href'];

interface PaginationProps {
  page: number;
  pages: number;
  hrefFor: (page: number) => Href;
  labels: { navigation: string; previous: string; next: string; position: string };
}

/** Previous / next links around "page x of y"; nothing at all when everything fits on one page. */
export function Pagination({ page, pages, hrefFor, labels }: PaginationProps) {
  if (pages <= 1) return null;
  return (
    <nav aria-label={labels.navigation} className="mt-4 flex items-center gap-4">
      {page > 1 && (
        <Link href={hrefFor(page - 1)} className="text-brand underline">
          {labels.previous}
        </Link>
      )}
      <span>{labels.position}</span>
      {page < pages && (
        <Link href={hrefFor(page + 1)} className="text-brand underline">
          {labels.next}
        </Link>
      )}
    </nav>
  );
}
