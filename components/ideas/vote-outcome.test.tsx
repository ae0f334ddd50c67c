import { readFileSync } from 'node:fs';
import { NextIntlClientProvider, type AbstractIntlMessages } from 'next-intl';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { CardVote } from '@/components/card-votes/card-vote';
import { VoteButton } from './vote-button';

// Only markup is rendered here: the server action is never called.
vi.mock('@/modules/ideas/actions', () => ({ voteAction: async () => null }));
vi.mock('@/modules/i18n/navigation', () => ({ usePathname: () => '/' }));

// The texts as shipped, read from disk: components import no modules, not even in tests.
const fi = JSON.parse(readFileSync('modules/i18n/messages/fi.json', 'utf8')) as AbstractIntlMessages;

const render = (node: ReactNode) =>
  renderToStaticMarkup(
    <NextIntlClientProvider locale="fi" messages={fi} timeZone="Europe/Helsinki">
      {node}
    </NextIntlClientProvider>,
  );

/** The text inside each live region of the markup. */
const liveTexts = (markup: string) =>
  [...markup.matchAll(/<span aria-live="polite"[^>]*>(.*?)<\/span>/g)].map((match) => match[1]);

describe('vote buttons', () => {
  // A list shows a dozen cards whose counts may change as the reader's state arrives: were the
  // counts live, each would be read out. Only the reader's own vote's outcome is.
  it('keep the count out of the live region, on a list card and on the idea page', () => {
    for (const markup of [
      render(<CardVote ideaId={1} title="Pyörät kiertoon" voteCount={12} comments="Ei kommentteja" />),
      render(<VoteButton ideaId={1} voted={false} voteCount={12} blocked={null} />),
    ]) {
      expect(markup).toContain('12 ääntä');
      expect(markup).not.toMatch(/aria-live="polite"[^>]*>[^<]*12 ääntä/);
      expect(liveTexts(markup)).toEqual(['']);
    }
  });
});
