import { readFileSync } from 'node:fs';
import { NextIntlClientProvider } from 'next-intl';
import type { ComponentProps, ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { ColleaguePicker } from './colleague-picker';
import { SimilarIdeasList } from './similar-ideas-list';

// next-intl's navigation needs Next's router, which does not load outside Next; a plain link will do here.
vi.mock('@/modules/i18n/navigation', () => ({
  Link: ({ children, ...props }: ComponentProps<'a'>) => <a {...props}>{children}</a>,
}));

// The texts as shipped, read from disk as components import no modules (components/forms/forms.test.tsx).
const fi = JSON.parse(readFileSync('modules/i18n/messages/fi.json', 'utf8'));

const render = (node: ReactNode) =>
  renderToStaticMarkup(
    <NextIntlClientProvider locale="fi" messages={fi} timeZone="Europe/Helsinki">
      {node}
    </NextIntlClientProvider>,
  );

const colleagues = ['Aino', 'Eino', 'Iida', 'Oona', 'Uuno'].map((name, index) => ({ id: `c${index}`, name }));
const picker = (initial: typeof colleagues) =>
  render(
    <ColleaguePicker
      id="coAuthorIds"
      name="coAuthorIds"
      label="Kanssakirjoittajat"
      hint="Enintään 5."
      initial={initial}
      max={5}
      error="Liikaa."
    />,
  );

describe('the colleague picker', () => {
  it('describes the search field with its hint and error', () => {
    const html = picker(colleagues.slice(0, 2));
    expect(html).toMatch(/<input id="coAuthorIds"[^>]*aria-describedby="coAuthorIds-hint coAuthorIds-error"/);
  });

  it('when full, gives the summary link the first remove button to lead to', () => {
    const html = picker(colleagues);
    expect(html).not.toContain('role="combobox"');
    expect(html).toMatch(/<button id="coAuthorIds"[^>]*aria-label="Poista Aino"/);
    expect(html).toContain('<fieldset aria-describedby="coAuthorIds-hint coAuthorIds-error">');
  });
});

describe('similar ideas', () => {
  it('tell screen readers how many there are, apart from the list', () => {
    const html = render(
      <SimilarIdeasList
        suggestions={[
          { id: 1, title: 'Kahvinkeitin', voteCount: 3, voted: false },
          { id: 2, title: 'Vedenkeitin', voteCount: 1, voted: true },
        ]}
        onSupport={async () => true}
      />,
    );
    expect(html).not.toContain('aria-live');
    expect(html).toContain('<p role="status" class="sr-only">Otsikon alla on 2 samankaltaista ideaa.</p>');
    expect(html.indexOf('role="status"')).toBeLessThan(html.indexOf('<section'));
  });
});
