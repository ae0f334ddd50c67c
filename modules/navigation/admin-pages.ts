import { holdsSomewhere, type Action, type Actor } from '@/modules/access/permissions';

/**
 * The administration index (/admin): every page where an admin runs VAU without a developer, each
 * behind the permission its page checks. Texts: `title` is a message key, the description is
 * `adminHome.pages.<id>`. A new admin page is one more line here.
 */
export const adminPages = [
  { id: 'users', href: '/admin/users', action: 'user.manage', title: 'nav.adminUsers' },
  { id: 'campaigns', href: '/admin/campaigns', action: 'campaign.manage', title: 'nav.adminCampaigns' },
  { id: 'categories', href: '/admin/categories', action: 'settings.manage', title: 'nav.adminCategories' },
  { id: 'departments', href: '/admin/departments', action: 'user.manage', title: 'nav.adminDepartments' },
  { id: 'settings', href: '/admin/settings', action: 'settings.manage', title: 'nav.adminSettings' },
  { id: 'scorecard', href: '/admin/scorecard', action: 'settings.manage', title: 'settings.accelerator.scorecardLink' },
  { id: 'rewardRules', href: '/rewards/rules', action: 'reward.rules.manage', title: 'nav.rewardRules' },
  { id: 'audit', href: '/admin/audit', action: 'audit.read', title: 'nav.adminAudit' },
  { id: 'email', href: '/admin/email', action: 'email.manage', title: 'nav.adminEmail' },
  { id: 'webhooks', href: '/admin/webhooks', action: 'webhook.manage', title: 'nav.adminWebhooks' },
  { id: 'widget', href: '/admin/widget', action: 'settings.manage', title: 'widget.admin.title' },
] as const satisfies readonly { id: string; href: string; action: Action; title: string }[];

export type AdminPage = (typeof adminPages)[number];

/** The admin pages this person may open; none means the index is not theirs either. */
export function adminPagesFor(actor: Actor): AdminPage[] {
  return adminPages.filter((page) => holdsSomewhere(actor, page.action));
}
