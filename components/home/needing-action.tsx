'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { useMe } from '@/components/me-provider';
import { Link } from '@/modules/i18n/navigation';
import type { IdeasNeedingAction } from '@/modules/ideas/needing-action';

const groups = ['changesRequested', 'invitations', 'drafts'] as const;

/**
 * The signed-in person's ideas waiting for them. The front page is the same stored page for every
 * reader (decision 0008), so this part is asked for by the browser after load and never stored.
 */
export function NeedingAction() {
  const t = useTranslations('home.needingAction');
  const signedIn = Boolean(useMe()?.user);
  const [waiting, setWaiting] = useState<IdeasNeedingAction | null>(null);
  useEffect(() => {
    if (!signedIn) return;
    const controller = new AbortController();
    fetch('/api/ideas/needing-action', { signal: controller.signal, cache: 'no-store' })
      .then((response) => (response.ok ? (response.json() as Promise<IdeasNeedingAction>) : null))
      .then((answer) => {
        if (!controller.signal.aborted) setWaiting(answer);
      })
      .catch(() => {});
    return () => controller.abort();
  }, [signedIn]);
  // Nothing waiting is nothing to show: an empty box would only push the lists down.
  if (!signedIn || !waiting || waiting.total === 0) return null;

  return (
    <section aria-labelledby="needing-action-heading" className="mt-6 rounded-lg border-2 border-brand bg-white p-4">
      <h2 id="needing-action-heading" className="text-xl font-bold">
        {t('heading')}
      </h2>
      {groups
        .filter((group) => waiting[group].length > 0)
        .map((group) => (
          <div key={group} className="mt-3">
            <h3 className="font-semibold">{t(group)}</h3>
            <ul className="mt-1 space-y-1">
              {waiting[group].map((idea) => (
                <li key={idea.id}>
                  <Link href={idea.href} className="inline-block py-1 text-brand underline underline-offset-4">
                    {idea.title}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        ))}
      <p className="mt-3">
        <Link
          href="/my-ideas"
          className="inline-flex min-h-11 items-center font-semibold text-brand underline underline-offset-4"
        >
          {t('seeAll')}
        </Link>
      </p>
    </section>
  );
}
