import { localizedName } from '@/modules/i18n/localized-name';
import type { AppLocale } from '@/modules/i18n/locales';
import type { Database } from '@/modules/platform/db/client';
import { Role } from '@/modules/platform/db/generated/enums';

/** Most specific role first: a person is listed under the strongest role they hold. */
const roleOrder = [Role.ADMIN, Role.HR, Role.COORDINATOR, Role.MANAGER, Role.MODERATOR, Role.EMPLOYEE] as const;

export interface DemoUserGroup {
  role: Role;
  users: { id: string; name: string; description: string }[];
}

/** Active demo users (made by the demo seed), grouped by their strongest role. Only used when the demo is on. */
export async function listDemoUsersByRole(db: Database, locale: AppLocale): Promise<DemoUserGroup[]> {
  const users = await db.user.findMany({
    where: { active: true, demo: true },
    orderBy: { name: 'asc' },
    select: {
      id: true,
      name: true,
      roles: true,
      jobTitle: true,
      department: { select: { nameFi: true, nameSv: true, nameEn: true } },
    },
  });
  return roleOrder
    .map((role) => ({
      role,
      users: users
        .filter((user) => roleOrder.find((candidate) => user.roles.includes(candidate)) === role)
        .map((user) => ({
          id: user.id,
          name: user.name,
          description: [user.jobTitle, user.department && localizedName(user.department, locale)]
            .filter(Boolean)
            .join(', '),
        })),
    }))
    .filter((group) => group.users.length > 0);
}

/**
 * The person the demo sign-in may open a session for: active and made by the demo seed. Someone
 * created by single sign-on or by an admin is never a demo user, whatever their address.
 */
export function findDemoUser(db: Database, userId: string): Promise<{ id: string } | null> {
  return db.user.findFirst({ where: { id: userId, active: true, demo: true }, select: { id: true } });
}
