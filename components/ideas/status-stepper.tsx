import clsx from 'clsx';
import { Check } from 'lucide-react';
import { useFormatter, useTranslations } from 'next-intl';
import type { IdeaPage } from '@/modules/ideas/detail';

const ownerKeys = {
  authors: 'authors',
  'idea.moderate': 'moderators',
  'idea.nominate': 'nominators',
  'idea.promote': 'managers',
  'accelerator.manage': 'accelerator',
} as const;

function isOwnerKey(holder: string): holder is keyof typeof ownerKeys {
  return holder in ownerKeys;
}

/**
 * Where the idea is on its way to implementation, what happens next and who holds it now. An
 * ordered list with the current step marked for assistive technology and in words, not by colour.
 */
export function StatusStepper({ position }: { position: IdeaPage['position'] }) {
  const t = useTranslations('ideas.stepper');
  const statuses = useTranslations('status');
  const format = useFormatter();
  const owners = position.heldBy.filter(isOwnerKey).map((holder) => t(`owners.${ownerKeys[holder]}`));
  return (
    <section aria-labelledby="stepper-heading" className="mt-4 rounded-lg border border-line p-3">
      <h2 id="stepper-heading" className="font-bold">
        {t('heading')}
      </h2>
      <ol className="mt-2 grid gap-1 text-sm sm:flex sm:flex-wrap sm:gap-x-4">
        {position.passed.map((status) => (
          <li key={status} className="flex items-center gap-1.5 text-muted">
            <Check aria-hidden="true" size={16} className="shrink-0 text-emerald-700" />
            {statuses(status)}
            <span className="sr-only">({t('passed')})</span>
          </li>
        ))}
        <li
          aria-current="step"
          className={clsx(
            'flex items-center gap-1.5 rounded px-1.5 py-0.5 font-bold',
            position.offPath === 'end' ? 'bg-stone-200 text-stone-900' : 'bg-brand text-white',
          )}
        >
          <span aria-hidden="true">▸</span>
          {statuses(position.current)}
          <span className="sr-only">({t('current')})</span>
        </li>
        {position.ahead.map((status) => (
          <li key={status} className="flex items-center gap-1.5 text-muted">
            <span aria-hidden="true" className="inline-block size-2.5 shrink-0 rounded-full border border-current" />
            {statuses(status)}
          </li>
        ))}
      </ol>
      <p className="mt-3">
        <span className="font-semibold">{t('nextHeading')}:</span> {t(`next.${position.current}`)}
      </p>
      {owners.length > 0 && <p className="mt-1 text-sm">{t('owner', { owner: format.list(owners) })}</p>}
    </section>
  );
}
