'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useRovingFocus } from '@/components/forms';
import { ideaPath } from '@/modules/ideas/slug';
import { Link } from '@/modules/i18n/navigation';

export interface Suggestion {
  id: number;
  title: string;
  voteCount: number;
  voted: boolean;
}

interface SimilarIdeasListProps {
  suggestions: Suggestion[];
  /** Votes for the idea; false when the vote was refused. */
  onSupport: (ideaId: number) => Promise<boolean>;
}

/**
 * The similar ideas under the title. The list is one Tab stop between the title and the
 * description; arrow keys move inside it. Screen readers hear only how many there are (a status
 * apart from the list), not every title and button each time the list changes.
 */
export function SimilarIdeasList({ suggestions, onSupport }: SimilarIdeasListProps) {
  const t = useTranslations('ideas.form');
  const [supported, setSupported] = useState<Set<number>>(new Set());

  // Each idea's link, then its vote button while it can still be supported, in document order.
  let count = 0;
  const items = suggestions.map((idea) => {
    const canSupport = !idea.voted && !supported.has(idea.id);
    return { idea, canSupport, link: count++, button: canSupport ? count++ : -1 };
  });
  const roving = useRovingFocus(count);

  async function support(ideaId: number, link: HTMLAnchorElement | null | undefined) {
    if (!(await onSupport(ideaId))) return;
    // The button gives way to "Kannatat tätä": keep the focus on the same idea.
    link?.focus();
    setSupported((current) => new Set(current).add(ideaId));
  }

  const controlProps = (index: number) => ({
    'data-roving': true,
    tabIndex: roving.tabIndexFor(index),
    onFocus: () => roving.focused(index),
  });

  return (
    <>
      <p role="status" className="sr-only">
        {items.length > 0 ? t('similarCount', { count: items.length }) : ''}
      </p>
      {items.length > 0 && (
        <section aria-labelledby="similar-heading" className="mt-2 rounded-lg border border-amber-300 bg-amber-50 p-3">
          <h2 id="similar-heading" className="font-semibold">
            {t('similarHeading')}
          </h2>
          <p id="similar-keys" className="sr-only">
            {t('similarKeys')}
          </p>
          {/* Arrow keys pressed on the links and buttons inside bubble to the list. */}
          {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions */}
          <ul onKeyDown={roving.onKeyDown} className="mt-2 grid gap-2">
            {items.map(({ idea, canSupport, link, button }) => (
              <li key={idea.id} className="flex flex-wrap items-center justify-between gap-2">
                <Link
                  href={ideaPath(idea)}
                  target="_blank"
                  aria-describedby="similar-keys"
                  className="text-brand underline underline-offset-4"
                  {...controlProps(link)}
                >
                  {idea.title}
                </Link>
                {canSupport ? (
                  <button
                    type="button"
                    onClick={(event) => void support(idea.id, event.currentTarget.closest('li')?.querySelector('a'))}
                    className="min-h-11 rounded border border-brand bg-white px-3 text-sm font-semibold text-brand"
                    {...controlProps(button)}
                  >
                    {t('supportInstead', { count: idea.voteCount })}
                  </button>
                ) : (
                  <span className="text-sm font-semibold text-emerald-900">{t('supported')}</span>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
