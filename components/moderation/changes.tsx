import { getTranslations } from 'next-intl/server';
import type { ChangePart } from '@/modules/moderation/changes';

/** Screen readers mostly do not announce ins/del, so each change also says what it is. */
function ChangedText({
  parts,
  labels,
}: {
  parts: ChangePart[];
  labels: { added: string; removed: string; end: string };
}) {
  return (
    <p className="whitespace-pre-wrap break-words">
      {parts.map((part, index) =>
        part.change === 'added' ? (
          <ins key={index} className="bg-emerald-100 text-emerald-950 decoration-emerald-700">
            <span className="sr-only">[{labels.added}]</span>
            {part.text}
            <span className="sr-only">[{labels.end}]</span>
          </ins>
        ) : part.change === 'removed' ? (
          <del key={index} className="bg-red-100 text-red-950 decoration-red-700">
            <span className="sr-only">[{labels.removed}]</span>
            {part.text}
            <span className="sr-only">[{labels.end}]</span>
          </del>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </p>
  );
}

/**
 * The author's changes, removed words struck and added ones underlined: since a moderator sent the
 * idea back, or (`revision`) an edit of a published idea against the approved version.
 */
export async function IdeaChanges({
  changes,
  against = 'request',
}: {
  changes: { title: ChangePart[] | null; body: ChangePart[] | null } | 'unchanged';
  against?: 'request' | 'revision';
}) {
  const t = await getTranslations('moderation.changes');
  const labels = { added: t('added'), removed: t('removed'), end: t('end') };
  if (changes === 'unchanged') return <p className="mt-2 text-sm font-semibold">{t('none')}</p>;
  return (
    <section className="mt-2 rounded border border-line p-3 text-sm">
      <h4 className="font-semibold">{t(against === 'revision' ? 'revisionHeading' : 'heading')}</h4>
      <p className="text-muted">{t('legend')}</p>
      {changes.title && (
        <>
          <h5 className="mt-2 font-semibold">{t('title')}</h5>
          <ChangedText parts={changes.title} labels={labels} />
        </>
      )}
      {changes.body && (
        <>
          <h5 className="mt-2 font-semibold">{t('body')}</h5>
          <ChangedText parts={changes.body} labels={labels} />
        </>
      )}
    </section>
  );
}
