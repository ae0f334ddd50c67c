import { can, type Actor } from '@/modules/access/permissions';
import type { Database } from '@/modules/platform/db/client';

// A GDPR access request: everything stored about one person, and nothing that belongs to someone
// else. Withheld (README "Your own data"): credentials; who did something to the person (reporters,
// note writers, the actor of a notification or decision — another person's data, and it could
// unmask an anonymous author); report notes on the person's content; and the before/after of audit
// entries on anything but the person's own account, which is where the originals of redacted text
// and other people's texts live.

const timelineFields = { type: true, fromStatus: true, toStatus: true, reason: true, createdAt: true } as const;

async function personAndOwnContent(db: Database, userId: string) {
  return db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      name: true,
      email: true,
      emailVerified: true,
      image: true,
      jobTitle: true,
      locale: true,
      roles: true,
      active: true,
      employeeNumber: true,
      costCentre: true,
      namedInHallOfFame: true,
      createdAt: true,
      updatedAt: true,
      department: { select: { slug: true, nameFi: true, nameSv: true, nameEn: true } },
      accounts: { select: { type: true, provider: true, providerAccountId: true } },
      sessions: { select: { createdAt: true, expires: true } },
      ideas: {
        orderBy: { id: 'asc' },
        select: {
          id: true,
          title: true,
          body: true,
          status: true,
          anonymous: true,
          expectedSavingsEur: true,
          expectedHoursSaved: true,
          expectedBenefitNote: true,
          category: { select: { slug: true } },
          departments: { select: { department: { select: { slug: true } } } },
          createdAt: true,
          submittedAt: true,
          publishedAt: true,
          editedAt: true,
          statusChangedAt: true,
          events: { orderBy: { id: 'asc' }, select: timelineFields },
        },
      },
      coAuthorships: { select: { ideaId: true, createdAt: true, confirmedAt: true } },
      ideaRevisionsProposed: {
        orderBy: { id: 'asc' },
        select: {
          ideaId: true,
          title: true,
          body: true,
          expectedBenefitNote: true,
          createdAt: true,
          updatedAt: true,
          decidedAt: true,
          approved: true,
          reason: true,
        },
      },
      votes: { orderBy: { createdAt: 'asc' }, select: { ideaId: true, createdAt: true } },
      comments: {
        orderBy: { id: 'asc' },
        select: {
          id: true,
          ideaId: true,
          parentId: true,
          body: true,
          official: true,
          createdAt: true,
          editedAt: true,
          deletedAt: true,
          hiddenAt: true,
          hiddenReason: true,
        },
      },
      follows: { orderBy: { createdAt: 'asc' }, select: { ideaId: true, createdAt: true } },
      helpfulMarks: { orderBy: { createdAt: 'asc' }, select: { commentId: true, createdAt: true } },
      notifications: {
        orderBy: { id: 'asc' },
        select: { type: true, ideaId: true, commentId: true, createdAt: true, readAt: true, emailedAt: true },
      },
      flagsRaised: {
        orderBy: { id: 'asc' },
        select: {
          ideaId: true,
          commentId: true,
          reason: true,
          note: true,
          duplicateOfId: true,
          createdAt: true,
          resolvedAt: true,
          resolution: true,
        },
      },
      ideaEvents: { orderBy: { id: 'asc' }, select: { ideaId: true, ...timelineFields } },
      // The person's own shares only: never a case's total or a co-author's share, nor who decided.
      rewardShares: {
        orderBy: { caseId: 'asc' },
        select: {
          caseId: true,
          shareBasisPoints: true,
          amountCents: true,
          rewardCase: {
            select: {
              ideaId: true,
              kind: true,
              status: true,
              withinOwnDuties: true,
              createdAt: true,
              endorsedAt: true,
              decidedAt: true,
              decisionNumber: true,
              decisionDate: true,
              rejectedAt: true,
              rejectionReason: true,
              paidAt: true,
            },
          },
        },
      },
      payrollLines: {
        orderBy: { id: 'asc' },
        select: {
          caseId: true,
          employeeNumber: true,
          name: true,
          payCode: true,
          grossCents: true,
          socialInsuranceDue: true,
          costCentre: true,
          earningPeriodStart: true,
          earningPeriodEnd: true,
          taxYear: true,
          decisionNumber: true,
          ideaId: true,
          shareBasisPoints: true,
          batch: { select: { paymentMonth: true, paymentDate: true } },
        },
      },
      notificationPreferences: { orderBy: { kind: 'asc' }, select: { kind: true, cadence: true, updatedAt: true } },
      // The e-mails VAU sent or meant to send them: what, where and when (not the text, rendered anew).
      emailJobs: {
        orderBy: { id: 'asc' },
        select: { kind: true, status: true, toAddress: true, subject: true, createdAt: true, sentAt: true },
      },
    },
  });
}

/** Reports on the person's ideas and comments and moderators' notes about them or their ideas, without who wrote them. */
async function moderationAboutPerson(db: Database, userId: string) {
  const ownContent = { OR: [{ idea: { authorId: userId } }, { comment: { authorId: userId } }] };
  const [reports, notes] = await Promise.all([
    db.flag.findMany({
      where: ownContent,
      orderBy: { id: 'asc' },
      select: { ideaId: true, commentId: true, reason: true, createdAt: true, resolvedAt: true, resolution: true },
    }),
    db.moderatorNote.findMany({
      where: { OR: [{ userId }, { idea: { authorId: userId } }] },
      orderBy: { id: 'asc' },
      select: { ideaId: true, body: true, createdAt: true },
    }),
  ]);
  return { reportsOnOwnContent: reports, moderatorNotes: notes };
}

/**
 * The audit log as far as it is the person's: what they did (when, from where, on what) and what
 * was done to their account (with the values, which are theirs).
 */
async function ownAuditTrail(db: Database, userId: string) {
  const entries = await db.auditLog.findMany({
    where: { OR: [{ actorId: userId }, { targetType: 'user', targetId: userId }] },
    orderBy: { id: 'asc' },
    select: {
      actorId: true,
      action: true,
      targetType: true,
      targetId: true,
      createdAt: true,
      ip: true,
      userAgent: true,
      before: true,
      after: true,
    },
  });
  return entries.map(({ actorId, before, after, ip, userAgent, ...entry }) => {
    const byPerson = actorId === userId;
    const onOwnAccount = entry.targetType === 'user' && entry.targetId === userId;
    return {
      ...entry,
      byYou: byPerson,
      ...(byPerson ? { ip, userAgent } : {}),
      ...(onOwnAccount ? { before, after } : {}),
    };
  });
}

export async function exportPersonalData(db: Database, actor: Actor | null, userId: string) {
  if (!can(actor, 'profile.export', { ownerIds: [userId] })) return null;
  const person = await personAndOwnContent(db, userId);
  if (!person) return null;
  // Reward amounts are for HR, the endorsing manager and the recipient (decision 28): an admin
  // answering an access request on someone's behalf gets everything else.
  const user = actor?.id === userId ? person : { ...person, rewardShares: [], payrollLines: [] };
  const [moderation, auditTrail] = await Promise.all([moderationAboutPerson(db, userId), ownAuditTrail(db, userId)]);
  return { exportedAt: new Date().toISOString(), user, ...moderation, auditTrail };
}
