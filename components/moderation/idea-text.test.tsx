import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { IdeaText } from './idea-text';

const paragraph = 'Kappale, jossa kerrotaan ideasta tarkemmin ja perustellaan se. '.repeat(10).trim();

describe('the text a moderator decides on', () => {
  it('folds a very long text after a paragraph break, also when the browser sent CRLF line breaks', () => {
    for (const lineBreak of ['\n', '\r\n']) {
      const source = Array.from({ length: 12 }, () => paragraph).join(lineBreak + lineBreak);
      expect(source.length).toBeGreaterThan(4000);
      const html = renderToStaticMarkup(<IdeaText source={source} showRest="Näytä loput tekstistä" />);
      expect(html).toContain('<summary');
      expect(html).toContain('Näytä loput tekstistä');
    }
  });

  it('shows a normal text whole, without a fold', () => {
    const html = renderToStaticMarkup(<IdeaText source={`${paragraph}\r\n\r\n${paragraph}`} showRest="Näytä loput" />);
    expect(html).not.toContain('<details');
  });
});
