import type { Nodes, Root } from 'mdast';
import type { ReactElement } from 'react';
import Markdown, { type Components } from 'react-markdown';
import remarkGfm from 'remark-gfm';

// Ideas and comments are Markdown written by staff. react-markdown builds React elements: HTML in
// the text is shown as text (below), dangerous link schemes are dropped by its URL filter. Images
// are not rendered (the policy allows only our own, and they could track readers). The same
// renderer serves the pages and the server-side preview (previewMarkdownAction).

const components: Components = {
  a: ({ href, children }) => (
    <a href={href} rel="nofollow noopener noreferrer" className="text-brand underline underline-offset-4">
      {children}
    </a>
  ),
  img: ({ alt }) => <span>{alt}</span>,
  h1: ({ children }) => <p className="font-bold">{children}</p>,
  h2: ({ children }) => <p className="font-bold">{children}</p>,
  h3: ({ children }) => <p className="font-bold">{children}</p>,
};

/** `@[Name](user-id)` mentions read as a bold "@Name". */
function withMentions(source: string): string {
  return source.replace(
    /@\[([^\]\n]{1,120})\]\([0-9a-f-]{36}\)/g,
    (_match, name: string) => `**@${name.replace(/[*_[\]]/g, '')}**`,
  );
}

/** Containers of blocks: HTML directly inside one was a block of its own, not part of a line. */
const blockContainers = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition']);

/**
 * HTML someone typed (`<iframe …>`, `<script>`) is shown as the text they typed: dropping it
 * silently made whole comments look empty, and rendering it would run it.
 */
function htmlAsText(node: Nodes): void {
  if (!('children' in node)) return;
  const inBlock = blockContainers.has(node.type);
  const children: Nodes[] = node.children.map((child) => {
    if (child.type !== 'html') return child;
    const text = { type: 'text' as const, value: child.value };
    return inBlock ? { type: 'paragraph' as const, children: [text] } : text;
  });
  // The same kinds of node as before, except that html became text or a paragraph of it.
  node.children = children as typeof node.children;
  for (const child of children) htmlAsText(child);
}

function remarkHtmlAsText() {
  return (tree: Root) => htmlAsText(tree);
}

const remarkPlugins = [remarkGfm, remarkHtmlAsText];

/**
 * Texts rendered lately, by their source. Parsing Markdown was about a tenth of the CPU an idea
 * page with a discussion costs, and the same texts are rendered again and again; React elements
 * are immutable, so one tree can serve every render. Bounded by the characters of source kept.
 */
const renderedTexts = new Map<string, ReactElement>();
const MAX_CACHED_CHARACTERS = 2_000_000;
let cachedCharacters = 0;

function rendered(source: string): ReactElement {
  const cached = renderedTexts.get(source);
  if (cached) {
    // Least recently used goes first: re-inserting moves the text to the end.
    renderedTexts.delete(source);
    renderedTexts.set(source, cached);
    return cached;
  }
  const tree = Markdown({ remarkPlugins, components, children: withMentions(source) });
  renderedTexts.set(source, tree);
  cachedCharacters += source.length;
  for (const [oldest] of renderedTexts) {
    if (cachedCharacters <= MAX_CACHED_CHARACTERS) break;
    renderedTexts.delete(oldest);
    cachedCharacters -= oldest.length;
  }
  return tree;
}

export function MarkdownText({ source }: { source: string }) {
  return <div className="prose-vau">{rendered(source)}</div>;
}
