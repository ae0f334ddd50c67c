import type { AbstractIntlMessages } from 'next-intl';

/** Namespaces every page's client components read; the rest stay on the server and out of the page. */
const layoutNamespaces = ['shell', 'nav', 'language', 'errors', 'roles'] as const;

/**
 * Picks namespaces for a client provider; a dotted name ("ideas.vote") picks just that part, so a
 * page ships only the texts its client components use. Pages with client forms add theirs.
 */
export function clientMessages(
  messages: AbstractIntlMessages,
  namespaces: readonly string[] = layoutNamespaces,
): AbstractIntlMessages {
  const picked: AbstractIntlMessages = {};
  for (const namespace of namespaces) {
    const path = namespace.split('.');
    let source: AbstractIntlMessages | string | undefined = messages;
    let target = picked;
    path.forEach((key, index) => {
      source = typeof source === 'object' ? source[key] : undefined;
      if (index === path.length - 1) target[key] = source ?? {};
      else target = (target[key] ??= {}) as AbstractIntlMessages;
    });
  }
  return picked;
}
