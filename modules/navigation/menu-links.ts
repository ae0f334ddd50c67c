/**
 * The menu as /api/me sends it, and what the header works out from it. Plain data and functions
 * only, so components may import this file (eslint.config.mjs lists it as client-safe); the
 * declaration and its permission checks stay in menu.ts, on the server.
 */

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

/** Does the menu offer the entry with this id (e.g. `newIdea`)? */
export function offers(menu: Menu, id: string): boolean {
  return menuLinks(menu).some((link) => link.id === id);
}

/**
 * What the header's badges show: activity not yet seen, and everything waiting in the role areas
 * (the number on "Tools"). Nothing while the menu is still unknown.
 */
export function menuCounts(menu: Menu | undefined): { unread: number; waiting: number } {
  return {
    unread: menu?.activity?.count ?? 0,
    waiting: (menu?.areas ?? []).flatMap((area) => area.links).reduce((sum, link) => sum + (link.count ?? 0), 0),
  };
}
