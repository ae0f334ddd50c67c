import { describe, expect, it } from 'vitest';
import { resolveFlags } from '@/modules/moderation/flags';
import {
  EmailCadence,
  EmailJobKind,
  EmailJobStatus,
  FlagReason,
  NotificationKind,
  NotificationType,
  RewardStatus,
  Role,
} from '@/modules/platform/db/client';
import { testDb } from '@/modules/platform/testing/database';
import { actorOf, createIdea, createRewardCase, createUser, testOrigin } from '@/modules/platform/testing/factories';
import { exportPersonalData } from './export';

describe('personal data export', () => {
  const db = testDb();
  const moderatorUser = () => createUser(db, { roles: [Role.EMPLOYEE, Role.MODERATOR] });

  it('holds every kind of thing about the person, without credentials, to them and to admins only', async () => {
    const person = await createUser(db);
    const [colleague, reporter, moderator] = await Promise.all([createUser(db), createUser(db), moderatorUser()]);
    const ownIdea = await createIdea(db, { authorId: person.id, title: 'Oma idea viennissä' });
    const othersIdea = await createIdea(db, { authorId: colleague.id });
    const othersComment = await db.comment.create({
      data: { ideaId: othersIdea.id, authorId: colleague.id, body: 'Kollegan kommentti.' },
    });
    const ownComment = await db.comment.create({
      data: { ideaId: othersIdea.id, authorId: person.id, body: 'Oma kommentti viennissä.' },
    });
    await db.ideaRevision.create({
      data: {
        ideaId: ownIdea.id,
        editorId: person.id,
        title: 'Oma idea viennissä',
        body: 'Odottava muutos viennissä.',
      },
    });
    await db.vote.create({ data: { ideaId: othersIdea.id, userId: person.id } });
    await db.ideaFollow.create({ data: { ideaId: othersIdea.id, userId: person.id } });
    await db.commentHelpful.create({ data: { commentId: othersComment.id, userId: person.id } });
    await db.flag.create({
      data: {
        reporterId: person.id,
        commentId: othersComment.id,
        reason: FlagReason.OFFENSIVE,
        note: 'Oma ilmoitus viennissä.',
      },
    });
    await db.flag.create({
      data: {
        reporterId: reporter.id,
        commentId: ownComment.id,
        reason: FlagReason.SPAM,
        note: 'Ilmoittajan oma muistiinpano.',
      },
    });
    await db.notification.create({
      data: {
        recipientId: person.id,
        actorId: colleague.id,
        type: NotificationType.REPLY,
        ideaId: othersIdea.id,
        commentId: othersComment.id,
      },
    });
    await db.moderatorNote.create({
      data: { userId: person.id, authorId: moderator.id, body: 'Muistiinpano henkilöstä.' },
    });
    await db.moderatorNote.create({
      data: { ideaId: ownIdea.id, authorId: moderator.id, body: 'Muistiinpano hänen ideastaan.' },
    });
    await db.session.create({
      data: { sessionToken: `secret-session-${person.id}`, userId: person.id, expires: new Date(Date.now() + 60_000) },
    });
    await db.account.create({
      data: {
        userId: person.id,
        type: 'oidc',
        provider: 'entra',
        providerAccountId: `sub-${person.id}`,
        access_token: 'secret-access',
        refresh_token: 'secret-refresh',
        id_token: 'secret-id',
      },
    });

    expect(await exportPersonalData(db, actorOf(colleague), person.id)).toBeNull();
    const exported = (await exportPersonalData(db, actorOf(person), person.id))!;
    expect(exported.user.ideas.map((idea) => idea.title)).toEqual(['Oma idea viennissä']);
    expect(exported.user.comments.map((comment) => comment.body)).toEqual(['Oma kommentti viennissä.']);
    expect(exported.user.ideaRevisionsProposed.map((revision) => revision.body)).toEqual([
      'Odottava muutos viennissä.',
    ]);
    expect(exported.user.votes).toEqual([expect.objectContaining({ ideaId: othersIdea.id })]);
    expect(exported.user.follows).toEqual([expect.objectContaining({ ideaId: othersIdea.id })]);
    expect(exported.user.helpfulMarks).toEqual([expect.objectContaining({ commentId: othersComment.id })]);
    expect(exported.user.flagsRaised).toEqual([
      expect.objectContaining({
        commentId: othersComment.id,
        reason: FlagReason.OFFENSIVE,
        note: 'Oma ilmoitus viennissä.',
      }),
    ]);
    expect(exported.user.notifications).toEqual([
      expect.objectContaining({ type: NotificationType.REPLY, ideaId: othersIdea.id }),
    ]);
    expect(exported.reportsOnOwnContent).toEqual([
      expect.objectContaining({ commentId: ownComment.id, reason: FlagReason.SPAM }),
    ]);
    expect(exported.moderatorNotes.map((note) => note.body)).toEqual([
      'Muistiinpano henkilöstä.',
      'Muistiinpano hänen ideastaan.',
    ]);
    expect(exported.user.sessions).toHaveLength(1);
    expect(exported.user.accounts).toEqual([
      { type: 'oidc', provider: 'entra', providerAccountId: `sub-${person.id}` },
    ]);

    const text = JSON.stringify(exported, (_key, value: unknown) =>
      typeof value === 'bigint' ? value.toString() : value,
    );
    for (const secret of [`secret-session-${person.id}`, 'secret-access', 'secret-refresh', 'secret-id'])
      expect(text).not.toContain(secret);
    // Who reported them, wrote about them or caused a notification is someone else's data.
    for (const other of [colleague, reporter, moderator]) expect(text).not.toContain(other.id);
    expect(text).not.toContain('Ilmoittajan oma muistiinpano.');

    const admin = await createUser(db, { roles: [Role.EMPLOYEE, Role.ADMIN] });
    expect(await exportPersonalData(db, actorOf(admin), person.id)).not.toBeNull();
  });

  it('leaves out the originals a moderator redacted, from the moderator’s export and the writer’s', async () => {
    const phrase = `Hanna Virtanen 040 555 ${Math.floor(Math.random() * 1e6)}`;
    const author = await createUser(db);
    const idea = await createIdea(db, { authorId: author.id, body: `Soittakaa ${phrase} aamulla.` });
    const moderator = await moderatorUser();
    expect(
      await resolveFlags(
        db,
        actorOf(moderator),
        {
          target: 'idea',
          targetId: idea.id,
          resolution: 'redact',
          reason: 'Henkilötiedot poistettu.',
          redactedText: 'Soittakaa [poistettu] aamulla.',
        },
        testOrigin,
      ),
    ).toMatchObject({ ok: true });

    const moderatorsExport = (await exportPersonalData(db, actorOf(moderator), moderator.id))!;
    expect(JSON.stringify(moderatorsExport)).not.toContain(phrase);
    expect(moderatorsExport.auditTrail).toEqual([
      expect.objectContaining({
        action: 'idea.flags.redact',
        targetType: 'idea',
        targetId: String(idea.id),
        byYou: true,
      }),
    ]);
    const authorsExport = (await exportPersonalData(db, actorOf(author), author.id))!;
    expect(authorsExport.user.ideas[0]?.body).toBe('Soittakaa [poistettu] aamulla.');
    expect(JSON.stringify(authorsExport)).not.toContain(phrase);
  });

  it('holds the person’s own reward shares and payroll lines, never a co-author’s share or the total, and no amounts for an admin', async () => {
    const [person, coAuthor] = await Promise.all([createUser(db), createUser(db)]);
    const idea = await createIdea(db, { authorId: person.id });
    const rewardCase = await createRewardCase(db, {
      ideaId: idea.id,
      status: RewardStatus.BATCHED,
      amountCents: 12_345,
      shares: [
        { userId: person.id, shareBasisPoints: 7_000 },
        { userId: coAuthor.id, shareBasisPoints: 3_000 },
      ],
      decisionNumber: 'HR 7/2026',
    });
    const batch = await db.payrollBatch.create({ data: { paymentMonth: new Date(Date.UTC(2026, 11, 1)) } });
    await db.rewardCase.update({ where: { id: rewardCase.id }, data: { batchId: batch.id } });
    const line = {
      batchId: batch.id,
      caseId: rewardCase.id,
      payCode: '202',
      socialInsuranceDue: false,
      earningPeriodStart: new Date(Date.UTC(2026, 10, 2)),
      earningPeriodEnd: new Date(Date.UTC(2026, 10, 2)),
      taxYear: 2026,
      decisionNumber: 'HR 7/2026',
      ideaId: idea.id,
    };
    await db.payrollLine.createMany({
      data: [
        {
          ...line,
          userId: person.id,
          employeeNumber: 'E-OWN',
          name: person.name,
          grossCents: 8_642,
          shareBasisPoints: 7_000,
        },
        {
          ...line,
          userId: coAuthor.id,
          employeeNumber: 'E-CO',
          name: coAuthor.name,
          grossCents: 3_703,
          shareBasisPoints: 3_000,
        },
      ],
    });

    const exported = (await exportPersonalData(db, actorOf(person), person.id))!;
    expect(exported.user.rewardShares).toEqual([
      expect.objectContaining({
        caseId: rewardCase.id,
        shareBasisPoints: 7_000,
        amountCents: 8_642,
        rewardCase: expect.objectContaining({
          ideaId: idea.id,
          status: RewardStatus.BATCHED,
          decisionNumber: 'HR 7/2026',
        }),
      }),
    ]);
    expect(exported.user.payrollLines).toEqual([
      expect.objectContaining({ employeeNumber: 'E-OWN', grossCents: 8_642 }),
    ]);
    const text = JSON.stringify(exported);
    for (const other of ['12345', '3703', 'E-CO', coAuthor.id, coAuthor.name]) expect(text).not.toContain(other);

    const admin = await createUser(db, { roles: [Role.EMPLOYEE, Role.ADMIN] });
    const adminsCopy = JSON.stringify(await exportPersonalData(db, actorOf(admin), person.id));
    expect(adminsCopy).toContain(idea.title);
    for (const amount of ['8642', 'E-OWN']) expect(adminsCopy).not.toContain(amount);
  });

  it('holds the e-mail choices and the e-mails sent to the person, and nobody else’s', async () => {
    const person = await createUser(db);
    const other = await createUser(db);
    await db.notificationPreference.create({
      data: { userId: person.id, kind: NotificationKind.FOLLOWED, cadence: EmailCadence.WEEKLY },
    });
    await db.notificationPreference.create({
      data: { userId: other.id, kind: NotificationKind.MENTIONS, cadence: EmailCadence.OFF },
    });
    await db.emailJob.create({
      data: {
        recipientId: person.id,
        kind: EmailJobKind.DAILY,
        periodStart: new Date('2026-11-27'),
        status: EmailJobStatus.SENT,
        toAddress: person.email,
        subject: 'Päivän kooste viennissä',
        sentAt: new Date(),
      },
    });
    await db.emailJob.create({
      data: {
        recipientId: other.id,
        kind: EmailJobKind.DAILY,
        periodStart: new Date('2026-11-27'),
        subject: 'Toisen kooste',
      },
    });

    const exported = (await exportPersonalData(db, actorOf(person), person.id))!;
    expect(exported.user.notificationPreferences).toEqual([
      expect.objectContaining({ kind: NotificationKind.FOLLOWED, cadence: EmailCadence.WEEKLY }),
    ]);
    expect(exported.user.emailJobs).toEqual([
      expect.objectContaining({
        subject: 'Päivän kooste viennissä',
        status: EmailJobStatus.SENT,
        toAddress: person.email,
      }),
    ]);
    expect(JSON.stringify(exported)).not.toContain('Toisen kooste');
  });
});
