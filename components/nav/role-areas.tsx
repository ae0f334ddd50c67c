'use client';

import { useTranslations } from 'next-intl';
import { useId } from 'react';
import type { Menu } from '@/modules/navigation/menu-links';
import { CountBadge } from './count-badge';
import { MenuLink } from './menu-link';

type Area = Menu['areas'][number];

/** The pages of the role areas a person has (moderation, administration, and later more). */
export function RoleAreas({ areas, onNavigate }: { areas: Area[]; onNavigate?: () => void }) {
  return (
    <ul className="flex flex-col gap-1">
      {areas.map((area) => (
        <li key={area.id}>
          <AreaLinks area={area} onNavigate={onNavigate} />
        </li>
      ))}
    </ul>
  );
}

/** An area of one page is just its link; an area of several is a labelled group of links. */
function AreaLinks({ area, onNavigate }: { area: Area; onNavigate?: () => void }) {
  const nav = useTranslations('nav');
  const shell = useTranslations('shell');
  const labelId = useId();
  const links = area.links.map((link) => (
    <MenuLink key={link.id} href={link.href} onNavigate={onNavigate}>
      {nav(link.id as 'moderation')}
      <CountBadge count={link.count ?? 0} label={shell('pending', { count: link.count ?? 0 })} />
    </MenuLink>
  ));
  if (links.length === 1) return links[0];
  return (
    <>
      <p id={labelId} className="mt-1 px-2 text-sm font-semibold text-muted">
        {nav(`areas.${area.id}` as 'areas.admin')}
      </p>
      <ul aria-labelledby={labelId}>
        {links.map((link) => (
          <li key={link.key}>{link}</li>
        ))}
      </ul>
    </>
  );
}
