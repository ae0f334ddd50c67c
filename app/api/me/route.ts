import { getCurrentUser } from '@/modules/access/current-user';
import { loadMenu } from '@/modules/navigation/menu';
import { db } from '@/modules/platform/db';

export const dynamic = 'force-dynamic';

/**
 * Who is signed in and the menu their roles give them (with the unread and waiting counts), for the
 * header. The page around it is the same for everyone; these personal bits are fetched by the
 * browser from here and never cached.
 */
export async function GET() {
  const user = await getCurrentUser();
  if (!user) return Response.json({ user: null }, { headers: { 'Cache-Control': 'private, no-store' } });
  const body = { user: { name: user.name, roles: user.roles, menu: await loadMenu(db, user) } };
  return Response.json(body, { headers: { 'Cache-Control': 'private, no-store' } });
}
