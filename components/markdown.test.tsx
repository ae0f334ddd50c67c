import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { MarkdownText } from './markdown';

/** Ideas and comments as every page and the server-side preview render them, inside the wrapper. */
function render(source: string): string {
  const html = renderToStaticMarkup(<MarkdownText source={source} />);
  return html.replace(/^<div class="prose-vau">/, '').replace(/<\/div>$/, '');
}

describe('Markdown written by staff', () => {
  it('shows HTML someone typed as the text they typed, never dropped and never as HTML', () => {
    const iframe = render('<iframe src="https://example.com/x"></iframe> katsokaa tätä');
    expect(iframe).toContain('&lt;iframe src=&quot;https://example.com/x&quot;&gt;&lt;/iframe&gt; katsokaa tätä');
    expect(iframe).not.toContain('<iframe');

    const script = render('Ennen\n\n<script>alert("hei")</script>\n\nJälkeen');
    expect(script).toContain('<p>&lt;script&gt;alert(&quot;hei&quot;)&lt;/script&gt;</p>');
    expect(script).not.toContain('<script');
    expect(script).toContain('<p>Ennen</p>');
    expect(script).toContain('<p>Jälkeen</p>');

    const inline = render('Paina <kbd>Ctrl</kbd> ja **tallenna** <b onclick="x()">nyt</b>');
    expect(inline).toContain(
      '<p>Paina &lt;kbd&gt;Ctrl&lt;/kbd&gt; ja <strong>tallenna</strong> &lt;b onclick=&quot;x()&quot;&gt;nyt&lt;/b&gt;</p>',
    );

    const quoted = render('> <img src=x onerror=alert(1)>\n\n- <div>lista</div>');
    expect(quoted).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(quoted).toContain('&lt;div&gt;lista&lt;/div&gt;');
    expect(quoted).not.toMatch(/<(img|div)\b/);
  });

  it('still renders Markdown, mentions and safe links', () => {
    const html = render(
      '**Tärkeä** @[Maija Meikäläinen](0f8fad5b-d9cb-469f-a165-70867728950e) [ohje](https://example.com) [x](javascript:alert(1))',
    );
    expect(html).toContain('<strong>Tärkeä</strong>');
    expect(html).toContain('<strong>@Maija Meikäläinen</strong>');
    expect(html).toContain('<a href="https://example.com" rel="nofollow noopener noreferrer"');
    expect(html).not.toContain('javascript:');
  });

  it('renders a text again the same way, and never gives one text the rendering of another', () => {
    const first = render('**Sama** teksti');
    expect(render('**Sama** teksti')).toBe(first);
    expect(render('**Eri** teksti')).toBe('<p><strong>Eri</strong> teksti</p>');
    expect(render('**Sama** teksti')).toBe('<p><strong>Sama</strong> teksti</p>');
  });
});
