import type { AbstractIntlMessages } from 'next-intl';

/** Namespaces that client components read; the rest stay on the server and out of the page. */
const clientNamespaces = ['shell', 'nav', 'language', 'errors', 'roles', 'admin', 'validation'] as const;

export function clientMessages(messages: AbstractIntlMessages): AbstractIntlMessages {
  return Object.fromEntries(clientNamespaces.map((namespace) => [namespace, messages[namespace] ?? {}]));
}
