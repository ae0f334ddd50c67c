import { MarkdownText } from '@/components/markdown';

/** Longer than a page or two on a phone: only then is the rest folded. */
const foldAbove = 4000;
const shownAtLeast = 2000;

/**
 * The text a moderator decides on, shown in full without a click. A very long one shows its
 * first paragraphs and folds the rest, split at a paragraph break so both parts stay whole.
 */
export function IdeaText({ source, showRest }: { source: string; showRest: string }) {
  const split = source.length > foldAbove ? paragraphBreakAfter(source, shownAtLeast) : -1;
  if (split === -1) return <MarkdownText source={source} />;
  return (
    <>
      <MarkdownText source={source.slice(0, split)} />
      <details className="mt-2">
        <summary className="min-h-11 cursor-pointer py-2 text-brand underline underline-offset-4">{showRest}</summary>
        <MarkdownText source={source.slice(split)} />
      </details>
    </>
  );
}

/** Texts stored before line breaks were normalised on input keep the browser's CRLF. */
function paragraphBreakAfter(source: string, start: number): number {
  const found = source.slice(start).search(/\r?\n\r?\n/);
  return found === -1 ? -1 : start + found;
}
