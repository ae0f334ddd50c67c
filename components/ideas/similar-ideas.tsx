'use client';

import { voteAction } from '@/modules/ideas/actions';
import { SimilarIdeasList, type Suggestion } from './similar-ideas-list';
import { useDebouncedJson } from './use-debounced-json';

const noSuggestions = { ideas: [] as Suggestion[] };

/**
 * While the title is typed, similar published ideas appear, each with a one-click vote (see
 * `SimilarIdeasList`).
 */
export function SimilarIdeas({ title, excludeId }: { title: string; excludeId?: number }) {
  const text = title.trim();
  const url =
    text.length >= 3
      ? `/api/ideas/similar?${new URLSearchParams({ title: text, ...(excludeId ? { exclude: String(excludeId) } : {}) })}`
      : null;
  const suggestions = useDebouncedJson(url, noSuggestions, 300).ideas;
  return <SimilarIdeasList suggestions={suggestions} onSupport={support} />;
}

async function support(ideaId: number): Promise<boolean> {
  const form = new FormData();
  form.set('ideaId', String(ideaId));
  form.set('intent', 'vote');
  return (await voteAction(null, form)).ok;
}
