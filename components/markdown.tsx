import Markdown, { type Components } from 'react-markdown';
import remarkGfm from 'remark-gfm';

// Ideas and comments are Markdown written by staff. react-markdown builds React elements and never
// passes raw HTML through; dangerous link schemes are dropped by its URL filter. Images are not
// rendered (the policy allows only our own, and they could track readers).

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
  return source.replace(/@\[([^\]\n]{1,120})\]\([0-9a-f-]{36}\)/g, (_match, name: string) => `**@${name.replace(/[*_[\]]/g, '')}**`);
}

export function MarkdownText({ source }: { source: string }) {
  return (
    <div className="prose-vau">
      <Markdown remarkPlugins={[remarkGfm]} components={components} skipHtml>
        {withMentions(source)}
      </Markdown>
    </div>
  );
}
