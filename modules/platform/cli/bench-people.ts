import { SCALE_HR_EMAIL } from '../../../prisma/seed/scale-rewards';
import { createSession } from '../../access/sessions';
import { ideaPath } from '../../ideas/slug';
import { ideaSorts } from '../../ideas/list';
import { publicStatuses } from '../../ideas/status';
import { createPrismaClient, IdeaStatus, Role, type Database } from '../db/client';
import type { MixedLoadSetup } from './bench-mixed';

// Who the bench is signed in as, and which pages it asks for, looked up in the scale data set.
// Sessions are made as a browser gets them at sign-in.

/** The long-tail rows' ideas; the mixed load takes the next ones, so the rows do not warm its pages. */
export const LONG_TAIL_IDEAS = 1_500;
const MIXED_IDEAS = 2_000;
const MIXED_EMPLOYEES = 20;
const MIXED_AUTHORS = 50;

const cookieFor = async (db: Database, userId: string) =>
  `authjs.session-token=${(await createSession(db, userId, { idleMinutes: 120, absoluteHours: 12 })).sessionToken}`;

/**
 * A popular idea with a discussion, the long tail of ideas, and sessions for its author, an ordinary
 * employee who has no part in it, a manager of one department, a moderator and an HR person.
 */
async function benchPeople(db: Database) {
  const idea = await db.idea.findFirstOrThrow({
    where: { status: IdeaStatus.PUBLISHED, commentCount: { gt: 5 } },
    orderBy: { voteCount: 'desc' },
    select: { id: true, title: true, authorId: true },
  });
  const employee = await db.user.findFirstOrThrow({
    where: {
      active: true,
      roles: { equals: [Role.EMPLOYEE] },
      id: { not: idea.authorId },
      comments: { none: { ideaId: idea.id } },
      coAuthorships: { none: { ideaId: idea.id } },
    },
    orderBy: { id: 'asc' },
    select: { id: true },
  });
  // The long tail: many different published ideas, as people open them from e-mails and searches.
  const longTail = await db.idea.findMany({
    where: { status: IdeaStatus.PUBLISHED },
    orderBy: { id: 'asc' },
    take: LONG_TAIL_IDEAS,
    select: { id: true, title: true },
  });
  // A manager of one department (the board filtered to it is what they open most).
  const manager = await db.user.findFirstOrThrow({
    where: { active: true, roles: { has: Role.MANAGER }, departmentId: { not: null } },
    orderBy: { id: 'asc' },
    select: { id: true, departmentId: true },
  });
  const moderator = await db.user.findFirstOrThrow({
    where: { active: true, roles: { has: Role.MODERATOR } },
    orderBy: { id: 'asc' },
    select: { id: true },
  });
  const hr = await db.user.findUniqueOrThrow({ where: { email: SCALE_HR_EMAIL }, select: { id: true } });
  return {
    path: ideaPath(idea),
    longTail: longTail.map(ideaPath),
    managerDepartmentId: manager.departmentId!,
    sessionCookies: {
      employee: await cookieFor(db, employee.id),
      author: await cookieFor(db, idea.authorId),
      manager: await cookieFor(db, manager.id),
      moderator: await cookieFor(db, moderator.id),
      hr: await cookieFor(db, hr.id),
    },
  };
}

export type BenchPeople = Awaited<ReturnType<typeof benchPeople>>;

/** The mixed load's ideas (after the long-tail rows' ones), its people and the list's filter values. */
async function mixedPeople(db: Database, people: BenchPeople): Promise<Omit<MixedLoadSetup, 'nextDistinctSearch'>> {
  const ideas = await db.idea.findMany({
    where: { status: IdeaStatus.PUBLISHED },
    orderBy: { id: 'asc' },
    skip: LONG_TAIL_IDEAS,
    take: MIXED_IDEAS,
    select: { id: true, title: true, authorId: true },
  });
  const employees = await db.user.findMany({
    where: { active: true, roles: { equals: [Role.EMPLOYEE] } },
    orderBy: { id: 'desc' },
    take: MIXED_EMPLOYEES,
    select: { id: true },
  });
  const byAuthor = new Map(ideas.map((idea) => [idea.authorId, idea]));
  const authorPages = [];
  for (const idea of [...byAuthor.values()].slice(0, MIXED_AUTHORS))
    authorPages.push({ path: ideaPath(idea), cookie: await cookieFor(db, idea.authorId) });
  const [categories, departments] = await Promise.all([
    db.category.findMany({ where: { active: true }, select: { id: true } }),
    db.department.findMany({ where: { active: true }, select: { id: true } }),
  ]);
  return {
    ideaPages: ideas.map(ideaPath),
    employeeCookies: await Promise.all(employees.map((employee) => cookieFor(db, employee.id))),
    authorPages,
    moderatorCookie: people.sessionCookies.moderator,
    manager: { cookie: people.sessionCookies.manager, departmentId: people.managerDepartmentId },
    hrCookie: people.sessionCookies.hr,
    listFilters: {
      statuses: publicStatuses,
      sorts: ideaSorts,
      categoryIds: categories.map((category) => category.id),
      departmentIds: departments.map((department) => department.id),
    },
  };
}

export async function lookUpBenchPeople(url: string) {
  const db = createPrismaClient({ connectionString: url, poolSize: 1 });
  try {
    const people = await benchPeople(db);
    return { ...people, mixed: await mixedPeople(db, people) };
  } finally {
    await db.$disconnect();
  }
}
