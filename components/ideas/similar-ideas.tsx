'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { voteAction } from '@/modules/ideas/actions';
import { ideaPath } from '@/modules/ideas/slug';
import { Link } from '@/modules/i18n/navigation';
import { useDebouncedJson } from './use-debounced-json';

interface Suggestion {
  id: number;
  title: string;
  voteCount: number;
  voted: boolean;
}

const noSuggestions = { ideas: [] as Suggestion[] };

/** While the title is typed, similar published ideas appear, each with a one-click vote. */
export function SimilarIdeas({ title, excludeId }: { title: string; excludeId?: number }) {
  const t = useTranslations('ideas.form');
  const [supported, setSupported] = useState<Set<number>>(new Set());
  const text = title.trim();
  const url =
    text.length >= 3
      ? `/api/ideas/similar?${new URLSearchParams({ title: text, ...(excludeId ? { exclude: String(excludeId) } : {}) })}`
      : null;
  const suggestions = useDebouncedJson(url, noSuggestions, 300).ideas;

  async function support(ideaId: number) {
    const form = new FormData();
    form.set('ideaId', String(ideaId));
    form.set('intent', 'vote');
    const result = await voteAction(null, form);
    if (result.ok) setSupported((current) => new Set(current).add(ideaId));
  }

  return (
    <div aria-live="polite">
      {suggestions.length > 0 && (
        <section aria-labelledby="similar-heading" className="mt-2 rounded-lg border border-amber-300 bg-amber-50 p-3">
          <h2 id="similar-heading" className="font-semibold">
            {t('similarHeading')}
          </h2>
          <ul className="mt-2 grid gap-2">
            {suggestions.map((idea) => (
              <li key={idea.id} className="flex flex-wrap items-center justify-between gap-2">
                <Link href={ideaPath(idea)} target="_blank" className="text-brand underline underline-offset-4">
                  {idea.title}
                </Link>
                {idea.voted || supported.has(idea.id) ? (
                  <span className="text-sm font-semibold text-emerald-900">{t('supported')}</span>
                ) : (
                  <button
                    type="button"
                    onClick={() => void support(idea.id)}
                    className="min-h-11 rounded border border-brand bg-white px-3 text-sm font-semibold text-brand"
                  >
                    {t('supportInstead', { count: idea.voteCount })}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
