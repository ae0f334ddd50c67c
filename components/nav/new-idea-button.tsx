'use client';

import { Plus } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { Link } from '@/modules/i18n/navigation';
import { useIsCurrent } from './menu-link';

/**
 * The one filled button in the header, and the only "New idea" on the list page: telling an idea is
 * what VAU is for. The same at every width, only its text a size smaller on phones.
 */
export function NewIdeaButton({ href }: { href: string }) {
  const nav = useTranslations('nav');
  const current = useIsCurrent()(href);
  return (
    <Link
      href={href}
      aria-current={current ? 'page' : undefined}
      className="inline-flex min-h-11 shrink-0 items-center gap-1 rounded bg-brand px-2.5 text-sm font-semibold whitespace-nowrap text-white lg:px-3 lg:text-base"
    >
      <Plus aria-hidden="true" className="size-[18px] shrink-0 lg:size-5" />
      {nav('newIdea')}
    </Link>
  );
}
