import clsx from 'clsx';
import { useTranslations } from 'next-intl';
import type { IdeaStatus } from '@/modules/platform/db/generated/enums';

// Colour is never the only signal: the status is always written out.
const tone: Partial<Record<IdeaStatus, string>> = {
  PUBLISHED: 'bg-sky-100 text-sky-900',
  SHORTLISTED: 'bg-amber-100 text-amber-900',
  EVALUATION: 'bg-violet-100 text-violet-900',
  EXPERIMENT: 'bg-violet-100 text-violet-900',
  IMPLEMENTATION: 'bg-violet-100 text-violet-900',
  IMPLEMENTED: 'bg-emerald-100 text-emerald-900',
  DECLINED: 'bg-stone-200 text-stone-800',
  DISCONTINUED: 'bg-stone-200 text-stone-800',
};

export function StatusBadge({ status }: { status: IdeaStatus }) {
  const t = useTranslations('status');
  return (
    <span
      className={clsx('rounded-full px-2.5 py-0.5 text-xs font-semibold', tone[status] ?? 'bg-gray-100 text-gray-800')}
    >
      {t(status)}
    </span>
  );
}
