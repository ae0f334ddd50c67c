'use client';

import { useTranslations } from 'next-intl';
import type { VoteRequestResult } from '@/modules/ideas/reader-requests';

/**
 * What became of the reader's own press, said aloud: "vote saved", "support withdrawn" or why it
 * was refused. Only this is live, not the count beside it: counts that arrive after a list loads
 * would otherwise be read out card by card.
 */
export function VoteOutcome({ result, pending }: { result: VoteRequestResult | null; pending: boolean }) {
  const t = useTranslations('ideas.vote');
  const messages = useTranslations();
  return (
    <span aria-live="polite">
      {result?.ok && !pending && <span className="sr-only"> {t(result.voted ? 'saved' : 'undone')}</span>}
      {result && !result.ok && <span className="ml-2 text-red-800">{messages(result.message)}</span>}
    </span>
  );
}
