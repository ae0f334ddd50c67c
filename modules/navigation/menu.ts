import type { Action, Actor } from '@/modules/access/permissions';
import { can } from '@/modules/access/permissions';
import { unreadCount } from '@/modules/ideas/notifications';
import { pendingModerationCount } from '@/modules/moderation/queue';
import type { Database } from '@/modules/platform/db/client';

/** The counts a menu entry can show beside its name. */
type CountName = 'unread' | 'pendingModeration';

interface LinkDeclaration {
  id: string;
  href: string;
  action: Action;
  count?: CountName;
}

/**
 * Every personal menu entry, in one place, each behind the permission that opens its page. A new
 * role area (accelerator, rewards, reports) is one more entry in `areas` once its pages exist: the
 * header renders whatever areas a person gets, without a redesign (decision 0014).
 */
const declaration = {
  personal: [{ id: 'myIdeas', href: '/my-ideas', action: 'idea.create' }],
  newIdea: { id: 'newIdea', href: '/ideas/new', action: 'idea.create' },
  activity: { id: 'notifications', href: '/notifications', action: 'idea.follow', count: 'unread' },
  areas: [
    {
      id: 'moderation',
      links: [{ id: 'moderation', href: '/moderation', action: 'idea.moderate', count: 'pendingModeration' }],
    },
    {
      id: 'admin',
      links: [
        { id: 'adminUsers', href: '/admin/users', action: 'user.manage' },
        { id: 'adminAudit', href: '/admin/audit', action: 'audit.read' },
        { id: 'adminSettings', href: '/admin/settings', action: 'settings.manage' },
      ],
    },
  ],
  account: [{ id: 'profile', href: '/profile', action: 'profile.edit' }],
} as const satisfies {
  personal: readonly LinkDeclaration[];
  newIdea: LinkDeclaration;
  activity: LinkDeclaration;
  areas: readonly { id: string; links: readonly LinkDeclaration[] }[];
  account: readonly LinkDeclaration[];
};

export interface MenuLink {
  id: string;
  href: string;
  count?: number;
}

export interface Menu {
  personal: MenuLink[];
  newIdea: MenuLink | null;
  activity: MenuLink | null;
  /** Role areas, each with at least one link; none for a person with no extra role. */
  areas: { id: string; links: MenuLink[] }[];
  account: MenuLink[];
}

/** The menu a signed-in person gets: only entries the permission table lets them open, with counts. */
export async function loadMenu(db: Database, actor: Actor): Promise<Menu> {
  // Independent queries: asked at once, not one after the other.
  const [unread, pendingModeration] = await Promise.all([unreadCount(db, actor), pendingModerationCount(db, actor)]);
  const counts: Record<CountName, number> = { unread, pendingModeration };
  // The actor's own things: "profile.edit.own" opens their own profile page.
  const allowed = (link: LinkDeclaration) => can(actor, link.action, { ownerIds: [actor.id] });
  const offer = (link: LinkDeclaration): MenuLink =>
    link.count ? { id: link.id, href: link.href, count: counts[link.count] } : { id: link.id, href: link.href };
  const offerAll = (links: readonly LinkDeclaration[]) => links.filter(allowed).map(offer);
  return {
    personal: offerAll(declaration.personal),
    newIdea: allowed(declaration.newIdea) ? offer(declaration.newIdea) : null,
    activity: allowed(declaration.activity) ? offer(declaration.activity) : null,
    areas: declaration.areas
      .map((area) => ({ id: area.id, links: offerAll(area.links) }))
      .filter((area) => area.links.length > 0),
    account: offerAll(declaration.account),
  };
}

/** Every entry of a menu in one list, for asking "is this person offered that page?". */
export function menuLinks(menu: Menu): MenuLink[] {
  return [
    ...menu.personal,
    ...(menu.newIdea ? [menu.newIdea] : []),
    ...(menu.activity ? [menu.activity] : []),
    ...menu.areas.flatMap((area) => area.links),
    ...menu.account,
  ];
}
