import { describe, expect, it } from 'vitest';
import { showErrorTitle } from './error-title';

/**
 * Just enough of a document's head for the error title: its titles in order, each with its
 * attributes. The document's title is the first one, as in a browser; `title:not([attribute])` is
 * the only query it answers.
 */
function fakeDocument(pageTitle: string) {
  type FakeTitle = { textContent: string; attributes: Map<string, string>; remove(): void };
  const titles: FakeTitle[] = [];
  const makeTitle = (textContent = ''): FakeTitle => {
    const title: FakeTitle = {
      textContent,
      attributes: new Map(),
      remove: () => void titles.splice(titles.indexOf(title), 1),
    };
    return title;
  };
  titles.push(makeTitle(pageTitle));
  const doc = {
    get title() {
      return titles[0]?.textContent ?? '';
    },
    createElement: () => {
      const title = makeTitle();
      return Object.assign(title, { setAttribute: (name: string, value: string) => title.attributes.set(name, value) });
    },
    head: {
      prepend: (title: FakeTitle) => void titles.unshift(title),
      querySelector(selector: string) {
        const without = /^title:not\(\[([\w-]+)\]\)$/.exec(selector);
        if (!without) throw new Error(`unsupported selector ${selector}`);
        return titles.find((title) => !title.attributes.has(without[1]!)) ?? null;
      },
    },
  };
  return { doc: doc as unknown as Document, documentTitle: () => doc.title };
}

const format = (title: string) => `Virhe: ${title}`;

describe('the error title', () => {
  it('prefixes the page title once, however many forms on the page are refused', () => {
    const { doc, documentTitle } = fakeDocument('Moderointi – VAU');
    const first = showErrorTitle(doc, format);
    const second = showErrorTitle(doc, format);
    expect(documentTitle()).toBe('Virhe: Moderointi – VAU');
    first();
    expect(documentTitle()).toBe('Virhe: Moderointi – VAU');
    second();
    expect(documentTitle()).toBe('Moderointi – VAU');
  });
});
