'use server';

import type { ReactNode } from 'react';
import { MarkdownText } from '@/components/markdown';
import { getCurrentUser } from '@/modules/access/current-user';
import { can } from '@/modules/access/permissions';

/**
 * The description as it will look, rendered on the server by the same sanitising renderer as the
 * idea page. It lives with the routes because it renders a component, which domain modules may not.
 */
export async function previewMarkdownAction(source: string): Promise<ReactNode> {
  if (!can(await getCurrentUser(), 'idea.create') || typeof source !== 'string') return null;
  return <MarkdownText source={source.slice(0, 20_000)} />;
}
