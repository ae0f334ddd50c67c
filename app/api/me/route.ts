import { getCurrentUser } from '@/modules/access/current-user';
import { can } from '@/modules/access/permissions';
import { unreadCount } from '@/modules/ideas/notifications';
import { pendingModerationCount } from '@/modules/moderation/queue';
import { db } from '@/modules/platform/db';

export const dynamic = 'force-dynamic';

/** Menu entries that depend on what the signed-in user may do, decided by the permission table. */
const roleLinks = [
  { id: 'newIdea', href: '/ideas/new', action: 'idea.create' },
  { id: 'myIdeas', href: '/ideas?mine=1', action: 'idea.create' },
  { id: 'following', href: '/ideas?following=1&sort=newest', action: 'idea.follow' },
  { id: 'moderation', href: '/moderation', action: 'idea.moderate' },
  { id: 'profile', href: '/profile', action: 'profile.edit' },
  { id: 'adminUsers', href: '/admin/users', action: 'user.manage' },
  { id: 'adminAudit', href: '/admin/audit', action: 'audit.read' },
  { id: 'adminSettings', href: '/admin/settings', action: 'settings.manage' },
] as const;

/**
 * Who is signed in and which extra menu entries they get, for the header. The page around it is the
 * same for everyone; these personal bits are fetched by the browser from here and never cached.
 */
export async function GET() {
  const user = await getCurrentUser();
  // The two counts are independent queries: asked at once, not one after the other.
  const [unread, pendingModeration] = user
    ? await Promise.all([unreadCount(db, user.id), pendingModerationCount(db, user)])
    : [0, 0];
  const body = user
    ? {
        user: {
          name: user.name,
          roles: user.roles,
          links: roleLinks
            .filter((link) => can(user, link.action, { ownerIds: [user.id] }))
            .map(({ id, href }) => ({ id, href })),
          // Activity on ideas I wrote, follow or was mentioned in, not yet seen.
          unread,
          pendingModeration,
        },
      }
    : { user: null };
  return Response.json(body, { headers: { 'Cache-Control': 'private, no-store' } });
}
