import { getCurrentUser } from '@/modules/access/current-user';
import { loadMenu, menuLinks } from '@/modules/navigation/menu';
import { db } from '@/modules/platform/db';

export const dynamic = 'force-dynamic';

/**
 * Who is signed in and the menu their roles give them, for the header. The page around it is the
 * same for everyone; these personal bits are fetched by the browser from here and never cached.
 */
export async function GET() {
  const user = await getCurrentUser();
  if (!user) return Response.json({ user: null }, { headers: { 'Cache-Control': 'private, no-store' } });
  const menu = await loadMenu(db, user);
  const body = {
    user: {
      name: user.name,
      roles: user.roles,
      menu,
      // Flat, for "is this person offered that page?" (ForSignedIn).
      links: menuLinks(menu).map(({ id, href }) => ({ id, href })),
      // Activity on ideas I wrote, follow or was mentioned in, not yet seen.
      unread: menu.activity?.count ?? 0,
    },
  };
  return Response.json(body, { headers: { 'Cache-Control': 'private, no-store' } });
}
