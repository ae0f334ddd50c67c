import { Fragment } from 'react';
import { highlightEnd, highlightStart } from '@/modules/ideas/search';

/**
 * Text with search matches marked by the database (private-use characters, never HTML), shown
 * with <mark>. Built from React text nodes, so nothing in the text can become markup.
 */
export function HighlightedText({ text }: { text: string }) {
  const parts = text.split(highlightStart);
  return (
    <>
      {parts.map((part, index) => {
        if (index === 0) return <Fragment key={index}>{part.replaceAll(highlightEnd, '')}</Fragment>;
        const [marked = '', rest = ''] = part.split(highlightEnd);
        return (
          <Fragment key={index}>
            <mark className="rounded-sm bg-amber-100 px-0.5 text-ink">{marked}</mark>
            {rest}
          </Fragment>
        );
      })}
    </>
  );
}
