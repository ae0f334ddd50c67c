import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { helsinkiToday, dateColumn } from '@/modules/accelerator/working-days';
import { addComment } from '@/modules/ideas/comments';
import { follow } from '@/modules/ideas/follows';
import { notify } from '@/modules/ideas/notifications';
import { applyTransition } from '@/modules/ideas/transition';
import { flagContent } from '@/modules/moderation/flags';
import {
  EmailJobKind,
  FlagReason,
  IdeaStatus,
  NotificationEmailState,
  NotificationType,
  RewardStatus,
  Role,
} from '@/modules/platform/db/client';
import { testDb } from '@/modules/platform/testing/database';
import { actorOf, createIdea, createRewardCase, createUser, testOrigin } from '@/modules/platform/testing/factories';
import { composeEmail } from './compose';
import type { ClaimedEmailJob } from './email';
import { readUnsubscribeToken } from './unsubscribe';

const site = 'https://vau.kuusilahti.example';
let nextJobId = 1n;

function instantJob(recipientId: string, notificationId: bigint): ClaimedEmailJob {
  nextJobId += 1n;
  return { id: nextJobId, recipientId, kind: EmailJobKind.INSTANT, notificationId, periodStart: null, attempts: 0 };
}

function digestJob(recipientId: string, kind: EmailJobKind = EmailJobKind.DAILY): ClaimedEmailJob {
  nextJobId += 1n;
  // Tomorrow's digest: its moment (07:00 Helsinki) is after everything the test writes "now".
  const periodStart = dateColumn(helsinkiToday(new Date(Date.now() + 24 * 60 * 60_000)));
  return { id: nextJobId, recipientId, kind, notificationId: null, periodStart, attempts: 0 };
}

describe('composing e-mails', () => {
  const db = testDb();
  beforeEach(() => {
    vi.stubEnv('AUTH_URL', site);
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  async function commentOnIdeaOf(locale: 'fi' | 'sv' | 'en') {
    const author = await db.user.update({ where: { id: (await createUser(db)).id }, data: { locale } });
    const laura = actorOf(await createUser(db, { name: 'Laura Nieminen' }));
    const idea = await createIdea(db, { authorId: author.id, title: 'Pyörät kiertoon' });
    await follow(db, idea.id, author.id);
    const comment = await addComment(db, laura, { ideaId: idea.id, body: 'Hyvä ajatus!' }, testOrigin);
    const notification = await db.notification.findFirstOrThrow({
      where: { recipientId: author.id, ideaId: idea.id },
      select: { id: true },
    });
    return { author, idea, comment, notification };
  }

  it.each([
    ['fi', 'Laura Nieminen kommentoi ideaasi.', ''],
    ['sv', 'Laura Nieminen kommenterade din idé.', '/sv'],
    ['en', 'Laura Nieminen commented on your idea.', '/en'],
  ] as const)(
    'tells an instant notification in the recipient’s language (%s), linking to the comment',
    async (locale, sentence, prefix) => {
      const { author, idea, comment, notification } = await commentOnIdeaOf(locale);
      const job = instantJob(author.id, notification.id);
      const { email, told, skipped } = await composeEmail(db, job);

      expect(told).toEqual([notification.id]);
      expect(skipped).toEqual([]);
      expect(email!.to).toBe(author.email);
      expect(email!.subject).toBe(`Pyörät kiertoon: ${sentence}`);
      const commentUrl = `${site}${prefix}/ideas/${idea.id}-pyorat-kiertoon#comment-${comment.id}`;
      for (const body of [email!.text, email!.html]) {
        expect(body).toContain(sentence);
        expect(body).toContain(commentUrl);
        expect(body).toContain(`${site}${prefix}/profile/notifications`);
        expect(body).toContain(`${site}${prefix}/unsubscribe?token=`);
      }
      expect(email!.html).toContain(`lang="${locale}"`);
      expect(email!.messageId).toBe(`<vau-email-${job.id}@vau.kuusilahti.example>`);
      expect(email!.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
      const oneClick = /^<(https:\/\/vau\.kuusilahti\.example\/api\/notifications\/unsubscribe\?token=([^>]+))>$/.exec(
        email!.headers['List-Unsubscribe']!,
      );
      expect(await readUnsubscribeToken(db, decodeURIComponent(oneClick![2]!))).toEqual({
        userId: author.id,
        target: { kind: 'DISCUSSION' },
      });
      // The same job composes the same message id on every try.
      expect((await composeEmail(db, job)).email!.messageId).toBe(email!.messageId);
    },
  );

  it('skips an instant notification the person read in the app before the e-mail went out', async () => {
    const { author, notification } = await commentOnIdeaOf('fi');
    await db.notification.update({ where: { id: notification.id }, data: { readAt: new Date() } });
    expect(await composeEmail(db, instantJob(author.id, notification.id))).toEqual({
      email: null,
      told: [],
      skipped: [notification.id],
    });
  });

  it('sends nothing to a person without an address, and skips what waited for it', async () => {
    const { author, notification } = await commentOnIdeaOf('fi');
    await db.user.update({ where: { id: author.id }, data: { email: null } });
    expect(await composeEmail(db, instantJob(author.id, notification.id))).toEqual({
      email: null,
      told: [],
      skipped: [notification.id],
    });
  });

  it('escapes everything people wrote in the HTML', async () => {
    const author = await createUser(db);
    const moderator = actorOf(
      await createUser(db, { name: 'Mikko <b>Moderaattori</b>', roles: [Role.EMPLOYEE, Role.MODERATOR] }),
    );
    const idea = await createIdea(db, {
      authorId: author.id,
      status: IdeaStatus.SUBMITTED,
      title: '<script>alert("x")</script> & kahvi',
    });
    await db.$transaction((tx) =>
      applyTransition(tx, {
        ideaId: idea.id,
        name: 'request-changes',
        actor: moderator,
        reason: 'Lisää <img src=x onerror=alert(1)> kustannukset.',
        origin: testOrigin,
      }),
    );
    const notification = await db.notification.findFirstOrThrow({
      where: { recipientId: author.id },
      select: { id: true },
    });
    const { email } = await composeEmail(db, instantJob(author.id, notification.id));

    expect(email!.html).not.toMatch(/<script|<img|<b>/);
    expect(email!.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; kahvi');
    expect(email!.html).toContain('Perustelu: Lisää &lt;img src=x onerror=alert(1)&gt; kustannukset.');
    expect(email!.html).toContain('Mikko &lt;b&gt;Moderaattori&lt;/b&gt; pyysi muutoksia ideaasi.');
    // Plain text and the subject are not HTML: they carry the words as written.
    expect(email!.subject).toBe(
      '<script>alert("x")</script> & kahvi: Mikko <b>Moderaattori</b> pyysi muutoksia ideaasi.',
    );
    const event = await db.ideaEvent.findFirstOrThrow({ where: { ideaId: idea.id }, select: { id: true } });
    expect(email!.text).toContain(`#event-${event.id}`);
  });

  it('gathers a digest by idea, newest first, leaving out what was read in the app or can no longer be seen', async () => {
    const reader = await db.user.update({ where: { id: (await createUser(db)).id }, data: { locale: 'fi' } });
    const laura = actorOf(await createUser(db, { name: 'Laura Nieminen' }));
    const bikes = await createIdea(db, { title: 'Pyörät kiertoon' });
    const coffee = await createIdea(db, { title: 'Kahvinporot kompostiin' });
    const hidden = await createIdea(db, { title: 'Piilotettu idea', status: IdeaStatus.HIDDEN });
    const waiting = (ideaId: number, at: Date, readAt: Date | null = null) =>
      db.notification.create({
        data: {
          recipientId: reader.id,
          actorId: laura.id,
          type: NotificationType.IDEA_EDITED,
          ideaId,
          createdAt: at,
          readAt,
          emailState: NotificationEmailState.DAILY,
        },
        select: { id: true },
      });
    const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);
    const bikesOld = await waiting(bikes.id, minutesAgo(30));
    const coffeeOne = await waiting(coffee.id, minutesAgo(20));
    const bikesNew = await waiting(bikes.id, minutesAgo(10));
    const bikesRead = await waiting(bikes.id, minutesAgo(5), new Date());
    const invisible = await waiting(hidden.id, minutesAgo(3));
    // Written after the digest's moment (07:00 Helsinki): the next digest's.
    await waiting(coffee.id, new Date(Date.now() + 2 * 24 * 60 * 60_000));
    // Someone else's, and one waiting for the weekly digest, stay out.
    await db.notification.create({
      data: { recipientId: reader.id, type: NotificationType.IDEA_EDITED, ideaId: coffee.id, emailState: 'WEEKLY' },
    });
    await notify(db, [laura.id], { type: NotificationType.IDEA_EDITED, actorId: null, ideaId: bikes.id });

    const { email, told, skipped } = await composeEmail(db, digestJob(reader.id));

    expect(told).toEqual([bikesNew.id, bikesOld.id, coffeeOne.id]);
    expect(skipped.toSorted()).toEqual([bikesRead.id, invisible.id].toSorted());
    expect(email!.subject).toBe('3 uutta ilmoitusta VAUssa – päivän kooste');
    const text = email!.text;
    expect(text.indexOf('Pyörät kiertoon')).toBeLessThan(text.indexOf('Kahvinporot kompostiin'));
    expect(text.match(/Laura Nieminen muokkasi ideaa\./g)).toHaveLength(3);
    expect(text).not.toContain('Piilotettu idea');
    expect(email!.html).toMatch(/<h2[^>]*><a href="https:\/\/vau\.kuusilahti\.example\/ideas\/\d+-pyorat-kiertoon"/);
    expect(email!.html).toContain('Päivän kooste');
    expect(text).toContain('Lopeta päivän kooste');
    const token = /token=([^>]+)>$/.exec(email!.headers['List-Unsubscribe']!)![1]!;
    expect((await readUnsubscribeToken(db, decodeURIComponent(token)))?.target).toEqual({ digest: 'DAILY' });
  });

  it('writes a weekly digest in Swedish', async () => {
    const reader = await db.user.update({ where: { id: (await createUser(db)).id }, data: { locale: 'sv' } });
    const idea = await createIdea(db, { title: 'Cyklar i omlopp' });
    await db.notification.create({
      data: { recipientId: reader.id, type: NotificationType.IDEA_EDITED, ideaId: idea.id, emailState: 'WEEKLY' },
    });
    const { email } = await composeEmail(db, digestJob(reader.id, EmailJobKind.WEEKLY));
    expect(email!.subject).toBe('1 ny avisering i VAU – veckosammandrag');
    expect(email!.text).toContain(`${site}/sv/ideas/${idea.id}-cyklar-i-omlopp`);
  });

  it('tells a reward decision without its amount, linking to the person’s own rewards page', async () => {
    const author = await createUser(db);
    const hr = await createUser(db, { name: 'Hanna Henkilöstö', roles: [Role.EMPLOYEE, Role.HR] });
    const idea = await createIdea(db, { authorId: author.id, status: IdeaStatus.IMPLEMENTATION });
    await createRewardCase(db, { ideaId: idea.id, status: RewardStatus.DECIDED, amountCents: 123_456 });
    await notify(db, [author.id], { type: NotificationType.REWARD_DECIDED, actorId: hr.id, ideaId: idea.id });
    const notification = await db.notification.findFirstOrThrow({
      where: { recipientId: author.id },
      select: { id: true },
    });

    const { email } = await composeEmail(db, instantJob(author.id, notification.id));
    expect(email!.subject).toContain('Hanna Henkilöstö teki päätöksen ideasi palkkiosta.');
    for (const body of [email!.subject, email!.text, email!.html]) {
      expect(body).not.toMatch(/1[\s\u00a0]?234|€|eur/i);
    }
    expect(email!.text).toContain(`${site}/profile/rewards`);
    expect(email!.text).toContain('Palkkiot');
  });

  it('never names who reported a comment that reports hid', async () => {
    const author = await createUser(db);
    const writer = actorOf(await createUser(db));
    const idea = await createIdea(db, { authorId: author.id });
    await follow(db, idea.id, writer.id);
    const hidden = await addComment(db, writer, { ideaId: idea.id, body: 'Piilotettava.' }, testOrigin);
    const reporter = actorOf(await createUser(db, { name: 'Ilmoittaja Ilona' }));
    const flagged = await flagContent(
      db,
      reporter,
      { target: 'comment', targetId: hidden.id, reason: FlagReason.SPAM },
      1,
      testOrigin,
    );
    expect(flagged.ok).toBe(true);
    const notification = await db.notification.findFirstOrThrow({
      where: { recipientId: writer.id, type: NotificationType.STATUS_CHANGED },
      select: { id: true },
    });

    const { email } = await composeEmail(db, instantJob(writer.id, notification.id));
    expect(email!.text).toContain('Kommenttisi piilotettiin, kunnes moderaattori tarkistaa sen.');
    expect(email!.text).toContain(`#comment-${hidden.id}`);
    for (const body of [email!.subject, email!.text, email!.html]) expect(body).not.toContain('Ilmoittaja');
  });
});
