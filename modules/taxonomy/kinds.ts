import type { Action } from '@/modules/access/permissions';

/** The organisation's two lists of names in fi/sv/en that ideas and people point at. */
export const taxonomyKinds = ['category', 'department'] as const;
export type TaxonomyKind = (typeof taxonomyKinds)[number];

/**
 * Who may change them (docs/decisions/0045): categories shape what every idea is filed under, an
 * organisation setting; departments are where people work, so those who manage people manage them.
 */
export const taxonomyPermission: Record<TaxonomyKind, Action> = {
  category: 'settings.manage',
  department: 'user.manage',
};
