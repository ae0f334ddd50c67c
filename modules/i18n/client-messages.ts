import type { AbstractIntlMessages } from 'next-intl';

/** Namespaces every page's client components read; the rest stay on the server and out of the page. */
const layoutNamespaces = ['shell', 'nav', 'language', 'errors', 'roles'] as const;

/** Picks namespaces for a client provider. Pages with client forms of their own add theirs. */
export function clientMessages(messages: AbstractIntlMessages, namespaces: readonly string[] = layoutNamespaces): AbstractIntlMessages {
  return Object.fromEntries(namespaces.map((namespace) => [namespace, messages[namespace] ?? {}]));
}
