import { routedCandidateCount } from '@/modules/accelerator/candidates';
import { openEvaluationCount } from '@/modules/accelerator/evaluation-queries';
import type { Action, Actor } from '@/modules/access/permissions';
import { holdsSomewhere } from '@/modules/access/permissions';
import { unreadCount } from '@/modules/ideas/notifications';
import { pendingModerationCount } from '@/modules/moderation/queue';
import type { Database } from '@/modules/platform/db/client';
import { casesToEndorseCount } from '@/modules/rewards/cases';
import type { Menu, MenuLink } from './menu-links';

/** The counts a menu entry can show beside its name. */
type CountName = 'unread' | 'pendingModeration' | 'routedCandidates' | 'openEvaluations' | 'casesToEndorse';

interface LinkDeclaration {
  id: string;
  href: string;
  action: Action;
  count?: CountName;
  /** Offered only while its count is above zero (e.g. evaluations waiting for this person). */
  onlyWhileWaiting?: true;
}

/**
 * Every personal menu entry, each behind the permission that opens its page. A page that guards
 * itself with `mayOpen(actor, menuEntries.<id>)` cannot disagree with its entry (menu.test.ts
 * checks the pages that must).
 */
export const menuEntries = {
  myIdeas: { id: 'myIdeas', href: '/my-ideas', action: 'idea.create' },
  // Every colleague follows the accelerator: the board has a read-only view for them. It is a link
  // in the header's row, or the accelerator area's first link for people with role areas.
  accelerator: { id: 'accelerator', href: '/accelerator', action: 'idea.follow' },
  acceleratorBoard: { id: 'acceleratorBoard', href: '/accelerator', action: 'idea.follow' },
  candidates: {
    id: 'candidates',
    href: '/accelerator/candidates',
    action: 'idea.promote',
    count: 'routedCandidates',
  },
  evaluations: {
    id: 'evaluations',
    href: '/accelerator/evaluations',
    action: 'evaluation.submit',
    count: 'openEvaluations',
    onlyWhileWaiting: true,
  },
  newIdea: { id: 'newIdea', href: '/ideas/new', action: 'idea.create' },
  notifications: { id: 'notifications', href: '/notifications', action: 'notification.read', count: 'unread' },
  moderation: { id: 'moderation', href: '/moderation', action: 'idea.moderate', count: 'pendingModeration' },
  adminUsers: { id: 'adminUsers', href: '/admin/users', action: 'user.manage' },
  adminHome: { id: 'adminHome', href: '/admin', action: 'settings.manage' },
  adminAudit: { id: 'adminAudit', href: '/admin/audit', action: 'audit.read' },
  adminSettings: { id: 'adminSettings', href: '/admin/settings', action: 'settings.manage' },
  adminCampaigns: { id: 'adminCampaigns', href: '/admin/campaigns', action: 'campaign.manage' },
  profile: { id: 'profile', href: '/profile', action: 'profile.edit' },
  // One's own e-mail choices are account settings, as the profile is (the same permission).
  emailSettings: { id: 'emailSettings', href: '/profile/notifications', action: 'profile.edit' },
  myRewards: { id: 'myRewards', href: '/profile/rewards', action: 'reward.read' },
  // HR's and managers' reward pages: one address, listed by what the person may do there.
  rewardCases: { id: 'rewardCases', href: '/rewards', action: 'reward.decide' },
  rewardsToEndorse: { id: 'rewardsToEndorse', href: '/rewards', action: 'reward.endorse', count: 'casesToEndorse' },
  payrollBatches: { id: 'payrollBatches', href: '/rewards/batches', action: 'reward.pay' },
  staffImport: { id: 'staffImport', href: '/rewards/staff-import', action: 'staff.import' },
  rewardRules: { id: 'rewardRules', href: '/rewards/rules', action: 'reward.rules.manage' },
  hrReports: { id: 'hrReports', href: '/reports', action: 'report.hr.read' },
  insight: { id: 'insight', href: '/insight', action: 'insight.read' },
} as const satisfies Record<string, LinkDeclaration>;

/**
 * Where each entry sits in the header. A new role area (accelerator, rewards, reports) is one more
 * entry in `areas` once its pages exist: the header renders whatever areas a person gets, without a
 * redesign (decision 0014).
 */
const layout = {
  personal: [menuEntries.accelerator, menuEntries.myIdeas],
  newIdea: menuEntries.newIdea,
  activity: menuEntries.notifications,
  areas: [
    { id: 'accelerator', links: [menuEntries.acceleratorBoard, menuEntries.candidates, menuEntries.evaluations] },
    { id: 'moderation', links: [menuEntries.moderation] },
    {
      id: 'rewards',
      links: [
        menuEntries.rewardCases,
        menuEntries.rewardsToEndorse,
        menuEntries.payrollBatches,
        menuEntries.staffImport,
        menuEntries.rewardRules,
      ],
    },
    { id: 'reports', links: [menuEntries.hrReports, menuEntries.insight] },
    {
      id: 'admin',
      links: [
        menuEntries.adminUsers,
        menuEntries.adminCampaigns,
        menuEntries.adminSettings,
        menuEntries.adminAudit,
        menuEntries.adminHome,
      ],
    },
  ],
  account: [menuEntries.profile, menuEntries.emailSettings, menuEntries.myRewards],
} satisfies {
  personal: readonly LinkDeclaration[];
  newIdea: LinkDeclaration;
  activity: LinkDeclaration;
  areas: readonly { id: string; links: readonly LinkDeclaration[] }[];
  account: readonly LinkDeclaration[];
};

/**
 * May this person open the entry's page? Their own things: "profile.edit.own" opens their own
 * profile; a manager's department grant opens a list of their departments' ideas.
 */
export function mayOpen(actor: Actor, entry: LinkDeclaration): boolean {
  return holdsSomewhere(actor, entry.action);
}

/** The menu a signed-in person gets: only entries the permission table lets them open, with counts. */
export async function loadMenu(db: Database, actor: Actor): Promise<Menu> {
  // Independent queries: asked at once, not one after the other.
  const [unread, pendingModeration, routedCandidates, openEvaluations, casesToEndorse] = await Promise.all([
    unreadCount(db, actor),
    pendingModerationCount(db, actor),
    routedCandidateCount(db, actor),
    openEvaluationCount(db, actor),
    casesToEndorseCount(db, actor),
  ]);
  const counts: Record<CountName, number> = {
    unread,
    pendingModeration,
    routedCandidates,
    openEvaluations,
    casesToEndorse,
  };
  const allowed = (link: LinkDeclaration) =>
    mayOpen(actor, link) && !(link.onlyWhileWaiting && link.count && counts[link.count] === 0);
  const offer = (link: LinkDeclaration): MenuLink =>
    link.count ? { id: link.id, href: link.href, count: counts[link.count] } : { id: link.id, href: link.href };
  const offerAll = (links: readonly LinkDeclaration[]) => links.filter(allowed).map(offer);
  const areas = layout.areas
    .map((area) => ({ id: area.id, links: offerAll(area.links) }))
    .filter((area) => area.links.length > 0);
  // The header's row has room for "Tools" or for one more link, not both (e2e/shell.spec.ts, every
  // role and a long name): with a role area the board is found there, else it is a link in the row.
  const withTools = areas.some((area) => area.links.some((link) => link.id !== menuEntries.acceleratorBoard.id));
  return {
    personal: offerAll(layout.personal).filter((link) => !(withTools && link.id === menuEntries.accelerator.id)),
    newIdea: allowed(layout.newIdea) ? offer(layout.newIdea) : null,
    activity: allowed(layout.activity) ? offer(layout.activity) : null,
    areas: withTools ? areas : [],
    account: offerAll(layout.account),
  };
}
