import { getCurrentUser } from '@/modules/access/current-user';

export const dynamic = 'force-dynamic';

/**
 * Who is signed in, for the header. Pages stay static and cacheable; the few personal bits are
 * fetched by the browser from here. Never cached anywhere.
 */
export async function GET() {
  const user = await getCurrentUser();
  return Response.json(user ? { user: { name: user.name, roles: user.roles } } : { user: null }, {
    headers: { 'Cache-Control': 'private, no-store' },
  });
}
