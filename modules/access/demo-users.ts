import { localizedName } from '@/modules/i18n/localized-name';
import type { AppLocale } from '@/modules/i18n/locales';
import type { Database } from '@/modules/platform/db/client';
import { Role } from '@/modules/platform/db/generated/enums';

/** Most specific role first: a person is listed under the strongest role they hold. */
const roleOrder = [Role.ADMIN, Role.HR, Role.MANAGER, Role.MODERATOR, Role.EMPLOYEE] as const;

export interface DemoUserGroup {
  role: Role;
  users: { id: string; name: string; description: string }[];
}

/** Active users for the demo sign-in, grouped by their strongest role. Only used when the demo is on. */
export async function listDemoUsersByRole(db: Database, locale: AppLocale): Promise<DemoUserGroup[]> {
  const users = await db.user.findMany({
    where: { active: true },
    orderBy: { name: 'asc' },
    select: { id: true, name: true, roles: true, jobTitle: true, department: { select: { nameFi: true, nameSv: true, nameEn: true } } },
  });
  return roleOrder
    .map((role) => ({
      role,
      users: users
        .filter((user) => roleOrder.find((candidate) => user.roles.includes(candidate)) === role)
        .map((user) => ({
          id: user.id,
          name: user.name,
          description: [user.jobTitle, user.department && localizedName(user.department, locale)].filter(Boolean).join(', '),
        })),
    }))
    .filter((group) => group.users.length > 0);
}
