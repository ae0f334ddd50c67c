import { useTranslations } from 'next-intl';
import { useFormat } from '@/modules/i18n/format';
import { MarkdownText } from '@/components/markdown';
import type { OfficialResponse } from '@/modules/ideas/detail';

/** The organisation's answer, pinned above the idea: who gave it, when, and for a decision, which. */
export function OfficialResponseBox({ response }: { response: OfficialResponse }) {
  const t = useTranslations('ideas.official');
  const statuses = useTranslations('status');
  const format = useFormat();
  return (
    <section aria-labelledby="official-heading" className="mt-4 rounded-lg border-2 border-brand bg-sky-50 p-3">
      <h2 id="official-heading" className="font-bold text-brand">
        {t('heading')}
        {response.decidedStatus && (
          <span className="font-semibold text-ink">
            {' '}
            · {t('decision', { status: statuses(response.decidedStatus) })}
          </span>
        )}
      </h2>
      <div className="mt-1">
        {response.commentId === null ? <p>{response.body}</p> : <MarkdownText source={response.body} />}
      </div>
      <p className="mt-2 text-sm text-muted">
        {t('byline', {
          name: response.author.name ?? t('unnamed'),
          date: format.date(response.createdAt),
        })}
        {response.commentId !== null && (
          <>
            {' · '}
            <a href={`#comment-${response.commentId}`} className="text-brand underline underline-offset-4">
              {t('readInDiscussion')}
            </a>
          </>
        )}
      </p>
    </section>
  );
}
