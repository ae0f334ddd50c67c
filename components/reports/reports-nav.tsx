'use client';

import clsx from 'clsx';
import { useIsCurrent } from '@/components/nav/menu-link';
import { Link } from '@/modules/i18n/navigation';

interface ReportsNavProps {
  label: string;
  sections: { href: string; label: string }[];
}

/** A link's path without its query (insight's links carry the filter). */
const pathOf = (href: string) => href.split('?')[0]!;

/** The reports section's own menu: one link per report, the shown one marked. Wraps on a phone. */
export function ReportsNav({ label, sections }: ReportsNavProps) {
  const isCurrent = useIsCurrent();
  return (
    <nav aria-label={label} className="mb-6 border-b border-line">
      <ul className="flex flex-wrap gap-x-4">
        {sections.map((section) => {
          // The most specific match only: the overview (/reports) is not current on /reports/ledger.
          const current =
            isCurrent(section.href) &&
            !sections.some(
              (other) => pathOf(other.href).startsWith(`${pathOf(section.href)}/`) && isCurrent(other.href),
            );
          return (
            <li key={section.href}>
              <Link
                href={section.href}
                aria-current={current ? 'page' : undefined}
                className={clsx(
                  'flex min-h-11 items-center font-semibold underline-offset-4 hover:underline',
                  current ? 'text-brand underline decoration-2' : 'text-ink',
                )}
              >
                {section.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
