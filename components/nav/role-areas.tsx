'use client';

import { useTranslations } from 'next-intl';
import { useId } from 'react';
import type { Menu } from '@/modules/navigation/menu-links';
import { CountBadge } from './count-badge';
import { MenuLink } from './menu-link';

type Area = Menu['areas'][number];

/**
 * The role areas a person has (moderation, administration, and later more). Each area is the same
 * shape however many pages it has: its name, then its pages as a list named by it.
 */
export function RoleAreas({ areas, onNavigate }: { areas: Area[]; onNavigate?: () => void }) {
  return (
    <ul className="flex flex-col gap-2">
      {areas.map((area) => (
        <li key={area.id}>
          <AreaLinks area={area} onNavigate={onNavigate} />
        </li>
      ))}
    </ul>
  );
}

function AreaLinks({ area, onNavigate }: { area: Area; onNavigate?: () => void }) {
  const nav = useTranslations('nav');
  const shell = useTranslations('shell');
  const labelId = useId();
  return (
    <>
      <p id={labelId} className="mt-1 px-2 text-sm font-semibold text-muted">
        {nav(`areas.${area.id}` as 'areas.admin')}
      </p>
      <ul aria-labelledby={labelId}>
        {area.links.map((link) => (
          <li key={link.id}>
            <MenuLink href={link.href} onNavigate={onNavigate}>
              {nav(link.id as 'moderation')}
              <CountBadge count={link.count ?? 0} label={shell('pending', { count: link.count ?? 0 })} />
            </MenuLink>
          </li>
        ))}
      </ul>
    </>
  );
}
