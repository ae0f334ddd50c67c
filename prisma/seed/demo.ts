import { deriveFollowsAndScoresSql } from './derived';
import { IdeaStatus, Role, type Database, type NotificationType, type Prisma } from '../../modules/platform/db/client';
import { seedDemoAccelerator, type DemoPerson } from './demo-accelerator';
import { seedDemoCampaigns } from './demo-campaigns';
import { seedDemoPreferences, withDemoEmailStates } from './demo-emails';
import { commentPool, ideas, merges, officialResponses, type DemoIdea } from './demo-ideas';
import { categories, demoEmail, departments, users } from './demo-organisation';
import { seedDemoRewards } from './demo-rewards';
import { seededRandom } from './random';

// Loads the demo municipality. Idempotent: existing rows are kept as they are (someone may have
// changed them while clicking through), and an idea is only created when its author has no idea
// of that title yet, so a second run adds nothing.

const DAY = 24 * 60 * 60 * 1000;
const S = IdeaStatus;

/** The statuses an idea passed through to reach its current one, after DRAFT. */
function pathTo(status: IdeaStatus): IdeaStatus[] {
  const published = [S.SUBMITTED, S.PUBLISHED];
  const accelerator = [...published, S.SHORTLISTED, S.EVALUATION];
  const paths: Record<IdeaStatus, IdeaStatus[]> = {
    DRAFT: [],
    SUBMITTED: [S.SUBMITTED],
    CHANGES_REQUESTED: [S.SUBMITTED, S.CHANGES_REQUESTED],
    REJECTED: [S.SUBMITTED, S.REJECTED],
    PUBLISHED: published,
    HIDDEN: [...published, S.HIDDEN],
    MERGED: [...published, S.MERGED],
    ARCHIVED: [...published, S.ARCHIVED],
    WITHDRAWN: [...published, S.WITHDRAWN],
    SHORTLISTED: [...published, S.SHORTLISTED],
    DECLINED: [...published, S.SHORTLISTED, S.DECLINED],
    EVALUATION: accelerator,
    DISCONTINUED: [...accelerator, S.DISCONTINUED],
    EXPERIMENT: [...accelerator, S.EXPERIMENT],
    IMPLEMENTATION: [...accelerator, S.EXPERIMENT, S.IMPLEMENTATION],
    IMPLEMENTED: [...accelerator, S.EXPERIMENT, S.IMPLEMENTATION, S.IMPLEMENTED],
  };
  return paths[status];
}

/** How many colleagues have voted, roughly, for an idea that reached a status. */
const voteRange: Partial<Record<IdeaStatus, [number, number]>> = {
  // Below the default candidate threshold (10 votes): more would have made it a candidate.
  PUBLISHED: [1, 9],
  ARCHIVED: [2, 6],
  SHORTLISTED: [25, 32],
  DECLINED: [25, 29],
  EVALUATION: [26, 34],
  DISCONTINUED: [25, 30],
  EXPERIMENT: [28, 36],
  IMPLEMENTATION: [30, 38],
  IMPLEMENTED: [30, 40],
};

function between(next: () => number, [low, high]: [number, number]): number {
  return low + Math.floor(next() * (high - low + 1));
}

/** How many of the seeded news items about ideas the demo e-mails (the newest unread). */
const demoEmailsFromIdeas = 4;

export interface SeedSummary {
  ideasCreated: number;
  cardsCreated: number;
  rewardCasesCreated: number;
}

export async function seedDemoData(db: Database, now = new Date()): Promise<SeedSummary> {
  const departmentIds = new Map<string, string>();
  for (const [index, department] of departments.entries()) {
    const row = await db.department.upsert({
      where: { slug: department.slug },
      create: { ...department, sortOrder: index },
      update: {},
    });
    departmentIds.set(department.slug, row.id);
  }
  const categoryIds = new Map<string, string>();
  for (const [index, category] of categories.entries()) {
    const row = await db.category.upsert({
      where: { slug: category.slug },
      create: { ...category, sortOrder: index },
      update: {},
    });
    categoryIds.set(category.slug, row.id);
  }

  const people = new Map<string, DemoPerson>();
  for (const user of users) {
    const email = demoEmail(user.name);
    const row = await db.user.upsert({
      where: { email },
      create: {
        name: user.name,
        email,
        jobTitle: user.jobTitle,
        departmentId: departmentIds.get(user.department),
        roles: user.roles,
        locale: user.locale ?? 'fi',
        demo: true,
        managedDepartments: {
          create: (user.alsoManages ?? []).map((slug) => ({ departmentId: departmentIds.get(slug)! })),
        },
      },
      // Someone real who already has this address is left alone, and never becomes a demo user.
      update: {},
    });
    people.set(user.name, { id: row.id, name: user.name, roles: row.roles, department: user.department });
  }
  const everyone = [...people.values()];
  const withRole = (role: Role) => everyone.filter((person) => person.roles.includes(role));
  const moderators = withRole(Role.MODERATOR);
  const managers = withRole(Role.MANAGER);

  const person = (name: string) => {
    const found = people.get(name);
    if (!found) throw new Error(`Demo idea author "${name}" is not a demo user`);
    return found;
  };

  const ideaIds = new Map<string, number>();
  const created: {
    id: number;
    idea: DemoIdea;
    index: number;
    /** When managers took the idea into evaluation: its official response follows soon after. */
    evaluatedAt: Date | undefined;
    /** Decisions others made on the idea, which its author was told about. */
    decisions: { actorId: string; createdAt: Date }[];
  }[] = [];
  for (const [index, idea] of ideas.entries()) {
    const author = person(idea.author);
    const existing = await db.idea.findFirst({
      where: { authorId: author.id, title: idea.title },
      select: { id: true },
    });
    if (existing) {
      ideaIds.set(idea.title, existing.id);
      continue;
    }
    const createdAt = new Date(now.getTime() - idea.daysAgo * DAY);
    const steps = pathTo(idea.status);
    const stepGap = steps.length > 1 ? ((idea.daysAgo - 1) * DAY) / steps.length : DAY / 2;
    const manager =
      managers.find((candidate) => idea.departments.includes(candidate.department as never)) ?? managers[0]!;
    const moderator = moderators[index % moderators.length]!;

    let previous: IdeaStatus = S.DRAFT;
    const events = steps.map((status, step) => {
      const at = new Date(createdAt.getTime() + (step === 0 ? 60 * 60 * 1000 : step * stepGap));
      const actorId =
        status === S.SUBMITTED
          ? author.id
          : status === S.SHORTLISTED
            ? // Nobody nominated it: it reached the vote threshold.
              idea.nominatedBy
              ? person(idea.nominatedBy).id
              : null
            : [S.PUBLISHED, S.REJECTED, S.CHANGES_REQUESTED, S.MERGED, S.ARCHIVED, S.HIDDEN].includes(status as never)
              ? moderator.id
              : manager.id;
      const event = {
        type: 'STATUS_CHANGED' as const,
        fromStatus: previous,
        toStatus: status,
        actorId,
        reason: step === steps.length - 1 ? (idea.reason ?? null) : null,
        createdAt: at,
      };
      previous = status;
      return event;
    });
    const publishedEvent = events.find((event) => event.toStatus === S.PUBLISHED);
    const lastChange = events.at(-1)?.createdAt ?? createdAt;

    const row = await db.idea.create({
      data: {
        title: idea.title,
        body: idea.body,
        status: idea.status,
        categoryId: categoryIds.get(idea.category),
        authorId: author.id,
        anonymous: idea.anonymous ?? false,
        expectedSavingsEur: idea.savingsEur,
        expectedHoursSaved: idea.hoursSaved,
        expectedBenefitNote: idea.benefitNote,
        createdAt,
        submittedAt: events[0]?.createdAt,
        publishedAt: publishedEvent?.createdAt,
        statusChangedAt: lastChange,
        departments: { create: idea.departments.map((slug) => ({ departmentId: departmentIds.get(slug)! })) },
        events: { create: events },
      },
      select: { id: true },
    });
    ideaIds.set(idea.title, row.id);
    created.push({
      id: row.id,
      idea,
      index,
      evaluatedAt: events.find((event) => event.toStatus === S.EVALUATION)?.createdAt,
      decisions: events.flatMap((event) =>
        event.actorId && event.actorId !== author.id ? [{ actorId: event.actorId, createdAt: event.createdAt }] : [],
      ),
    });
  }

  for (const [mergedTitle, targetTitle] of Object.entries(merges)) {
    const mergedId = ideaIds.get(mergedTitle);
    const targetId = ideaIds.get(targetTitle);
    if (mergedId && targetId) await db.idea.update({ where: { id: mergedId }, data: { mergedIntoId: targetId } });
  }

  // What the author was told: decisions and comments on their idea. Older news has been read; the
  // last week's is still new, so the demo's notification centre and unread counts have something.
  const notifications: Prisma.NotificationCreateManyInput[] = [];
  const tell = (
    recipientId: string,
    actorId: string,
    type: NotificationType,
    ideaId: number,
    at: Date,
    commentId?: number,
  ) => {
    if (actorId === recipientId) return;
    const read = now.getTime() - at.getTime() > 7 * DAY;
    notifications.push({
      recipientId,
      actorId,
      type,
      ideaId,
      commentId,
      createdAt: at,
      readAt: read ? new Date(at.getTime() + 60 * 60 * 1000) : null,
    });
  };

  for (const { id, idea, index, evaluatedAt, decisions } of created) {
    const next = seededRandom(1000 + index);
    const author = person(idea.author);
    for (const decision of decisions) tell(author.id, decision.actorId, 'STATUS_CHANGED', id, decision.createdAt);
    const range = voteRange[idea.status];
    if (range) {
      const voters = everyone.filter((candidate) => candidate.id !== author.id);
      const count = Math.min(between(next, range), voters.length);
      const start = Math.floor(next() * voters.length);
      const publishedAt = new Date(now.getTime() - (idea.daysAgo - 1) * DAY);
      await db.vote.createMany({
        data: Array.from({ length: count }, (_, k) => ({
          ideaId: id,
          userId: voters[(start + k) % voters.length]!.id,
          createdAt: new Date(publishedAt.getTime() + next() * (now.getTime() - publishedAt.getTime())),
        })),
        skipDuplicates: true,
      });
      const commentCount = between(next, [0, 4]);
      let lastTopLevel: number | null = null;
      for (let k = 0; k < commentCount; k++) {
        const commenter = voters[(start + k * 7) % voters.length]!;
        const isReply = lastTopLevel !== null && next() < 0.3;
        const comment: { id: number; createdAt: Date } = await db.comment.create({
          data: {
            ideaId: id,
            authorId: commenter.id,
            parentId: isReply ? lastTopLevel : null,
            body: commentPool[between(next, [0, commentPool.length - 1])]!,
            createdAt: new Date(
              publishedAt.getTime() + ((k + 1) / (commentCount + 1)) * (now.getTime() - publishedAt.getTime()),
            ),
          },
          select: { id: true, createdAt: true },
        });
        tell(author.id, commenter.id, 'COMMENT', id, comment.createdAt, comment.id);
        if (!isReply) lastTopLevel = comment.id;
      }
      if (pathTo(idea.status).includes(S.EVALUATION)) {
        const manager =
          managers.find((candidate) => idea.departments.includes(candidate.department as never)) ?? managers[0]!;
        const response = officialResponses[index % officialResponses.length]!;
        // Given a few hours after the idea went into evaluation, not on the day the demo was loaded.
        const respondedAt = new Date((evaluatedAt ?? now).getTime() + 3 * 60 * 60 * 1000);
        const official = await db.comment.create({
          data: { ideaId: id, authorId: manager.id, body: response, official: true, createdAt: respondedAt },
          select: { id: true },
        });
        await db.ideaEvent.create({
          data: {
            ideaId: id,
            actorId: manager.id,
            type: 'OFFICIAL_RESPONSE',
            data: { body: response },
            createdAt: respondedAt,
          },
        });
        tell(author.id, manager.id, 'COMMENT', id, respondedAt, official.id);
      }
    }
  }

  await db.notification.createMany({ data: withDemoEmailStates(notifications, demoEmailsFromIdeas) });
  await seedDemoPreferences(db);
  const { cardsCreated } = await seedDemoAccelerator(db, ideas, ideaIds, everyone, now);
  const { rewardCasesCreated } = await seedDemoRewards(db, ideas, ideaIds, everyone, now);
  await seedDemoCampaigns(db, categoryIds, now);

  // Counters are derived from the rows, never trusted from the seed's arithmetic.
  const ids = created.map(({ id }) => id);
  if (ids.length > 0) {
    await db.$executeRaw`
      UPDATE ideas SET
        vote_count = (SELECT count(*) FROM votes WHERE votes.idea_id = ideas.id),
        comment_count = (SELECT count(*) FROM comments WHERE comments.idea_id = ideas.id AND comments.deleted_at IS NULL)
      WHERE id = ANY(${ids})`;
    for (const statement of deriveFollowsAndScoresSql(Math.min(...ids), Math.max(...ids)))
      await db.$executeRawUnsafe(statement);
  }
  return { ideasCreated: created.length, cardsCreated, rewardCasesCreated };
}
