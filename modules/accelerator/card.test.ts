import { describe, expect, it } from 'vitest';
import { IdeaEventType, IdeaStatus, NotificationType, Role } from '@/modules/platform/db/client';
import { getIdeaPage } from '@/modules/ideas/detail';
import { listNotifications } from '@/modules/notifications/centre';
import { testDb } from '@/modules/platform/testing/database';
import {
  actorOf,
  createDepartment,
  createIdea,
  createManager,
  createUser,
  testOrigin,
} from '@/modules/platform/testing/factories';
import { addProgressNote, confirmBenefit, recordBenefit, saveCard } from './card';
import { getIdeaAccelerator } from './card-view';
import { aYearLater, calendarDayOf, helsinkiToday } from './working-days';

describe('the accelerator card', () => {
  const db = testDb();

  async function ideaWithCard(status: IdeaStatus = IdeaStatus.EXPERIMENT) {
    const department = await createDepartment(db);
    const { actor: manager } = await createManager(db, department.id);
    const author = await createUser(db);
    const idea = await createIdea(db, { status, authorId: author.id, departmentIds: [department.id] });
    await db.acceleratorCard.create({ data: { ideaId: idea.id } });
    return { idea, manager, author, department };
  }

  it("sets owner, team, plan and due date; a new owner is on the timeline once, without the owner's name", async () => {
    const { idea, manager } = await ideaWithCard();
    const [owner, member] = [await createUser(db), await createUser(db)];
    const input = {
      ideaId: idea.id,
      ownerId: owner.id,
      teamIds: [member.id, owner.id],
      plan: '## Kokeilu\r\n\r\nKolme viikkoa keittiössä.',
      dueOn: '2027-03-31',
    };
    expect(await saveCard(db, manager, input, testOrigin)).toMatchObject({ ok: true });
    expect(await saveCard(db, manager, { ...input, plan: 'Tarkennettu.' }, testOrigin)).toMatchObject({ ok: true });

    const card = await db.acceleratorCard.findUniqueOrThrow({ where: { ideaId: idea.id } });
    expect(card).toMatchObject({ ownerId: owner.id, plan: 'Tarkennettu.' });
    expect(calendarDayOf(card.dueOn!)).toBe('2027-03-31');
    const team = await db.acceleratorTeamMember.findMany({ where: { ideaId: idea.id }, select: { userId: true } });
    expect(team.map((row) => row.userId).sort()).toEqual([member.id, owner.id].sort());
    const events = await db.ideaEvent.findMany({ where: { ideaId: idea.id, type: IdeaEventType.OWNER_ASSIGNED } });
    expect(events).toHaveLength(1);
    expect(events[0]!.data).toBeNull();
    const audits = await db.auditLog.findMany({ where: { targetId: String(idea.id) }, select: { action: true } });
    expect(audits.map((row) => row.action).sort()).toEqual([
      'accelerator.card.update',
      'accelerator.card.update',
      'accelerator.owner.set',
    ]);

    const view = await getIdeaAccelerator(db, null, idea.id);
    expect(view.canManage).toBe(false);
    expect(view.card).toMatchObject({ owner: { id: owner.id, name: owner.name }, plan: 'Tarkennettu.' });
    expect((await getIdeaAccelerator(db, manager, idea.id)).canManage).toBe(true);
  });

  it("refuses another department's manager and an employee; the coordinator acts on every idea", async () => {
    const { idea } = await ideaWithCard();
    const elsewhere = await createDepartment(db);
    const { actor: otherManager } = await createManager(db, elsewhere.id);
    const employee = actorOf(await createUser(db));
    const coordinator = actorOf(await createUser(db, { roles: [Role.EMPLOYEE, Role.COORDINATOR] }));
    const input = { ideaId: idea.id, plan: 'Suunnitelma' };
    for (const actor of [otherManager, employee, null])
      expect(await saveCard(db, actor, input, testOrigin)).toMatchObject({ ok: false });
    expect(await db.acceleratorCard.count({ where: { ideaId: idea.id, plan: { not: null } } })).toBe(0);
    expect(await saveCard(db, coordinator, input, testOrigin)).toMatchObject({ ok: true });
    expect((await getIdeaAccelerator(db, otherManager, idea.id)).canManage).toBe(false);
  });

  it('refuses a deactivated owner, an unknown date and planning an idea that is no longer active', async () => {
    const { idea, manager } = await ideaWithCard();
    const gone = await createUser(db);
    await db.user.update({ where: { id: gone.id }, data: { active: false } });
    expect(await saveCard(db, manager, { ideaId: idea.id, ownerId: gone.id }, testOrigin)).toMatchObject({
      ok: false,
      fieldErrors: { ownerId: ['accelerator.card.errors.personUnknown'] },
    });
    expect(await saveCard(db, manager, { ideaId: idea.id, dueOn: '2027-02-30' }, testOrigin)).toMatchObject({
      ok: false,
      fieldErrors: { dueOn: ['accelerator.card.errors.date'] },
    });
    const { idea: done, manager: itsManager } = await ideaWithCard(IdeaStatus.IMPLEMENTED);
    expect(await saveCard(db, itsManager, { ideaId: done.id, plan: 'Myöhässä' }, testOrigin)).toMatchObject({
      ok: false,
      message: 'accelerator.card.errors.notActive',
    });
  });

  it('writes a public progress note and tells the authors, the owner, the team and the followers, not the writer', async () => {
    const { idea, manager, author } = await ideaWithCard();
    const [owner, member, follower] = [await createUser(db), await createUser(db), await createUser(db)];
    await saveCard(db, manager, { ideaId: idea.id, ownerId: owner.id, teamIds: [member.id] }, testOrigin);
    await db.ideaFollow.create({ data: { ideaId: idea.id, userId: follower.id } });
    await db.ideaFollow.create({ data: { ideaId: idea.id, userId: manager.id } });

    const note = { ideaId: idea.id, note: 'Kokeilu käynnistyi kahdessa yksikössä.', progressPercent: '40' };
    expect(await addProgressNote(db, manager, note, testOrigin)).toMatchObject({ ok: true });

    const card = await db.acceleratorCard.findUniqueOrThrow({ where: { ideaId: idea.id } });
    expect(card.progressPercent).toBe(40);
    const event = await db.ideaEvent.findFirstOrThrow({
      where: { ideaId: idea.id, type: IdeaEventType.PROGRESS_NOTE },
    });
    expect(event).toMatchObject({ actorId: manager.id, data: { note: note.note, progressPercent: 40 } });
    const told = await db.notification.findMany({
      where: { ideaId: idea.id, type: NotificationType.PROGRESS_NOTE },
      select: { recipientId: true },
    });
    expect(told.map((row) => row.recipientId).sort()).toEqual([author.id, owner.id, member.id, follower.id].sort());
    // Public: on the timeline of a signed-out reader's page, and in the follower's notifications.
    const page = await getIdeaPage(db, null, idea.id, 'fi');
    expect(page?.timeline.find((entry) => entry.type === IdeaEventType.PROGRESS_NOTE)?.note).toBe(note.note);
    expect((await getIdeaAccelerator(db, null, idea.id)).card?.latestNote?.note).toBe(note.note);
    const followerPage = await listNotifications(db, actorOf(follower));
    expect(followerPage?.groups[0]?.entries.map((entry) => entry.subject)).toEqual([{ kind: 'progressNote' }]);
    expect(await addProgressNote(db, manager, { ...note, progressPercent: '101' }, testOrigin)).toMatchObject({
      ok: false,
      fieldErrors: { progressPercent: ['accelerator.card.errors.percent'] },
    });
    expect(await addProgressNote(db, manager, { ...note, note: '  ' }, testOrigin)).toMatchObject({
      ok: false,
      fieldErrors: { note: ['accelerator.card.errors.noteMissing'] },
    });
  });

  it('records the realised benefit of an implemented idea, checked a year later by default, then fixed once confirmed', async () => {
    const { idea: running, manager: runningManager } = await ideaWithCard();
    expect(
      await recordBenefit(db, runningManager, { ideaId: running.id, realisedSavingsEur: '100' }, testOrigin),
    ).toMatchObject({ ok: false, message: 'accelerator.card.errors.notImplemented' });

    const { idea, manager } = await ideaWithCard(IdeaStatus.IMPLEMENTED);
    expect(await confirmBenefit(db, manager, { ideaId: idea.id }, testOrigin)).toMatchObject({
      ok: false,
      message: 'accelerator.card.errors.benefitMissing',
    });
    const benefit = {
      ideaId: idea.id,
      realisedSavingsEur: '12 500,50',
      realisedHours: '300',
      realisedBenefitNote: 'Asiakkaat saavat vastauksen samana päivänä.',
    };
    expect(await recordBenefit(db, manager, benefit, testOrigin)).toMatchObject({ ok: true });
    const card = await db.acceleratorCard.findUniqueOrThrow({ where: { ideaId: idea.id } });
    expect(card).toMatchObject({ realisedSavingsCents: 1_250_050, realisedHours: 300, benefitConfirmedAt: null });
    expect(calendarDayOf(card.benefitCheckOn!)).toBe(aYearLater(helsinkiToday()));
    expect(await db.ideaEvent.count({ where: { ideaId: idea.id, type: IdeaEventType.BENEFIT_RECORDED } })).toBe(1);

    expect(await confirmBenefit(db, manager, { ideaId: idea.id }, testOrigin)).toMatchObject({ ok: true });
    expect(
      (await db.acceleratorCard.findUniqueOrThrow({ where: { ideaId: idea.id } })).benefitConfirmedAt,
    ).not.toBeNull();
    expect(await recordBenefit(db, manager, { ...benefit, realisedHours: '9000' }, testOrigin)).toMatchObject({
      ok: false,
      message: 'accelerator.card.errors.benefitConfirmed',
    });
    const actions = await db.auditLog.findMany({ where: { targetId: String(idea.id) }, select: { action: true } });
    expect(actions.map((row) => row.action).sort()).toEqual([
      'accelerator.benefit.confirm',
      'accelerator.benefit.record',
    ]);
  });

  it('counts a year from 29 February to 1 March', () => {
    expect(aYearLater('2028-02-29')).toBe('2029-03-01');
    expect(aYearLater('2026-11-26')).toBe('2027-11-26');
  });
});
