'use client';

import clsx from 'clsx';
import { Plus } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { Link } from '@/modules/i18n/navigation';
import { useIsCurrent } from './menu-link';

/** The one filled button in the header: telling an idea is what VAU is for. */
export function NewIdeaButton({ href, compact = false }: { href: string; compact?: boolean }) {
  const nav = useTranslations('nav');
  const current = useIsCurrent()(href);
  return (
    <Link
      href={href}
      aria-current={current ? 'page' : undefined}
      className={clsx(
        'inline-flex min-h-11 shrink-0 items-center gap-1 rounded bg-brand font-semibold whitespace-nowrap text-white',
        compact ? 'px-2.5 text-sm' : 'px-3',
      )}
    >
      <Plus aria-hidden="true" size={compact ? 18 : 20} />
      {nav('newIdea')}
    </Link>
  );
}
