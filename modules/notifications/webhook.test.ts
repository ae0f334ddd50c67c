import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Actor } from '@/modules/access/permissions';
import { decideOnIdea } from '@/modules/moderation/decisions';
import { IdeaStatus, Role, WebhookEvent, type Database } from '@/modules/platform/db/client';
import {
  actorOf,
  createCampaign,
  createCategory,
  createDepartment,
  createIdea,
  createUser,
  testOrigin,
} from '@/modules/platform/testing/factories';
import { startNotificationTasks } from './background';
import { siteUrl } from './compose';
import { createOwnDatabase, type OwnDatabase } from './testing/own-database';
import { startWebhookReceiver, type WebhookReceiver } from './testing/webhook-receiver';
import {
  createWebhookEndpoint,
  deleteWebhookEndpoint,
  rotateWebhookSecret,
  sendTestWebhook,
  updateWebhookEndpoint,
  webhookOverview,
} from './webhook-endpoints';
import type { WebhookPayload } from './webhook-payload';
import { planIdeaWebhooks, planWebhooks } from './webhook-planner';
import { deliverWebhooks, maxWebhookAttempts } from './webhook-queue';
import { verifyWebhookSignature } from './webhook-request';

describe('outgoing webhooks through the queue to a real receiver', () => {
  let own: OwnDatabase;
  let db: Database;
  let receiver: WebhookReceiver;
  let admin: Actor;
  let moderator: Actor;

  beforeAll(async () => {
    own = await createOwnDatabase('webhooks');
    db = own.db;
    receiver = await startWebhookReceiver();
    admin = actorOf(await createUser(db, { roles: [Role.EMPLOYEE, Role.ADMIN] }));
    moderator = actorOf(await createUser(db, { roles: [Role.EMPLOYEE, Role.MODERATOR] }));
  });
  beforeEach(() => {
    // The receiver listens on loopback over plain http: allowed only with this flag.
    vi.stubEnv('WEBHOOK_ALLOW_PRIVATE', 'true');
  });
  afterEach(async () => {
    vi.unstubAllEnvs();
    receiver.received.length = 0;
    receiver.answers.length = 0;
    // Each test registers its own endpoint: those of earlier tests hear nothing more.
    await db.webhookEndpoint.updateMany({ data: { active: false } });
  });
  afterAll(async () => {
    await receiver.stop();
    await own.drop();
  });

  async function register(events: WebhookEvent[] = [WebhookEvent.IDEA_PUBLISHED]) {
    const state = await createWebhookEndpoint(
      db,
      admin,
      { name: 'Kanava', url: receiver.url, events, active: true },
      testOrigin,
    );
    expect(state).toMatchObject({ ok: true, message: 'webhooks.created' });
    return { id: state.values!.id!, secret: state.secret! };
  }

  /** A submitted idea published by a moderator, as the moderation queue does it. */
  async function publishedIdea(overrides: Parameters<typeof createIdea>[1] = {}) {
    const idea = await createIdea(db, { status: IdeaStatus.SUBMITTED, ...overrides });
    expect((await decideOnIdea(db, moderator, { ideaId: idea.id, decision: 'publish' }, testOrigin)).ok).toBe(true);
    return idea;
  }

  const deliveriesOf = (endpointId: string) => db.webhookDelivery.findMany({ where: { endpointId } });
  const payloadOf = (index: number) => JSON.parse(receiver.received[index]!.body) as WebhookPayload;

  it('signs a published idea so that the receiver verifies it with the secret', async () => {
    const { secret } = await register();
    const category = await createCategory(db);
    const author = await createUser(db, { name: 'Nimetty Kirjoittaja' });
    const idea = await publishedIdea({ authorId: author.id, categoryId: category.id, title: 'Vähemmän paperia' });

    expect(await planIdeaWebhooks(db)).toBe(1);
    expect(await deliverWebhooks(db)).toMatchObject({ delivered: 1, retried: 0 });

    expect(receiver.received).toHaveLength(1);
    const [{ headers, body }] = receiver.received as [WebhookReceiver['received'][number]];
    const signed = { timestamp: headers['x-vau-timestamp'] as string, signature: headers['x-vau-signature'] as string };
    expect(verifyWebhookSignature(secret, signed, body)).toBe(true);
    expect(verifyWebhookSignature(`${secret}x`, signed, body)).toBe(false);
    expect(verifyWebhookSignature(secret, signed, body.replace('Vähemmän', 'Enemmän'))).toBe(false);
    expect(headers['x-vau-event']).toBe('idea.published');
    expect(headers['content-type']).toMatch(/^application\/json/);
    expect(payloadOf(0)).toMatchObject({
      event: 'idea.published',
      text: expect.stringContaining('Vähemmän paperia'),
      idea: {
        id: idea.id,
        title: 'Vähemmän paperia',
        url: expect.stringMatching(/\/ideas\/\d+-vahemman-paperia$/),
        status: 'published',
        category: { fi: category.nameFi, sv: category.nameSv, en: category.nameEn },
        voteCount: 0,
        author: 'Nimetty Kirjoittaja',
      },
    });
  });

  it('retries after the receiver fails and delivers once, with the same event id', async () => {
    const endpoint = await register();
    await publishedIdea();
    receiver.answers.push(500);
    await planIdeaWebhooks(db);

    expect(await deliverWebhooks(db)).toMatchObject({ delivered: 0, retried: 1 });
    const [waiting] = await deliveriesOf(endpoint.id);
    expect(waiting).toMatchObject({ status: 'QUEUED', attempts: 1, lastError: 'HTTP 500 receiver down' });
    expect(waiting!.runAt.getTime()).toBeGreaterThan(Date.now());
    // Nothing is due until the back-off has passed.
    expect(await deliverWebhooks(db)).toMatchObject({ delivered: 0, retried: 0 });

    await db.webhookDelivery.update({ where: { id: waiting!.id }, data: { runAt: new Date() } });
    expect(await deliverWebhooks(db)).toMatchObject({ delivered: 1 });
    expect(await planIdeaWebhooks(db)).toBe(0);
    expect(await deliverWebhooks(db)).toMatchObject({ delivered: 0 });

    expect(receiver.received.map((request) => request.headers['x-vau-event-id'])).toEqual([
      `vau-${waiting!.id}`,
      `vau-${waiting!.id}`,
    ]);
    expect(await deliveriesOf(endpoint.id)).toEqual([
      expect.objectContaining({ status: 'DELIVERED', attempts: 2, lastError: null }),
    ]);
  });

  it('gives up after its tries and shows the last error on the admins’ page', async () => {
    const endpoint = await register();
    await publishedIdea();
    await planIdeaWebhooks(db);
    await db.webhookDelivery.updateMany({
      where: { endpointId: endpoint.id },
      data: { attempts: maxWebhookAttempts - 1 },
    });
    receiver.answers.push(503);

    expect(await deliverWebhooks(db)).toMatchObject({ failed: 1 });
    const overview = await webhookOverview(db, admin);
    expect(overview!.deliveries[0]).toMatchObject({
      endpointName: 'Kanava',
      status: 'FAILED',
      attempts: maxWebhookAttempts,
      lastError: 'HTTP 503 receiver down',
    });
  });

  it('never names an anonymous author', async () => {
    await register();
    const author = await createUser(db, { name: 'Salainen Sirkka' });
    await publishedIdea({ authorId: author.id, anonymous: true });

    await planIdeaWebhooks(db);
    expect(await deliverWebhooks(db)).toMatchObject({ delivered: 1 });
    expect(receiver.received[0]!.body).not.toContain('Salainen');
    expect(receiver.received[0]!.body).not.toContain(author.id);
    expect(payloadOf(0).idea!.author).toBeNull();
  });

  it('tells of promotion into the accelerator and of implementation once each, and skips a paused endpoint', async () => {
    const endpoint = await register([WebhookEvent.IDEA_PROMOTED, WebhookEvent.IDEA_IMPLEMENTED]);
    const paused = await register([WebhookEvent.IDEA_PROMOTED]);
    await db.webhookEndpoint.update({ where: { id: paused.id }, data: { active: false } });
    const idea = await createIdea(db, { status: IdeaStatus.IMPLEMENTED });
    const moves = [
      [IdeaStatus.PUBLISHED, IdeaStatus.SHORTLISTED],
      [IdeaStatus.SHORTLISTED, IdeaStatus.EVALUATION],
      [IdeaStatus.EVALUATION, IdeaStatus.HIDDEN],
      // A restore from hiding is no new promotion.
      [IdeaStatus.HIDDEN, IdeaStatus.EVALUATION],
      [IdeaStatus.EVALUATION, IdeaStatus.IMPLEMENTATION],
      [IdeaStatus.IMPLEMENTATION, IdeaStatus.IMPLEMENTED],
    ] as const;
    for (const [fromStatus, toStatus] of moves) {
      await db.ideaEvent.create({ data: { ideaId: idea.id, type: 'STATUS_CHANGED', fromStatus, toStatus } });
    }

    expect(await planIdeaWebhooks(db)).toBe(2);
    expect(await planIdeaWebhooks(db)).toBe(0);
    await deliverWebhooks(db);
    expect(receiver.received.map((request) => request.headers['x-vau-event']).sort()).toEqual([
      'idea.implemented',
      'idea.promoted',
    ]);
    expect(await deliveriesOf(endpoint.id)).toHaveLength(2);
    expect(await deliveriesOf(paused.id)).toHaveLength(0);
  });

  it('tells an endpoint only of what happened after it was registered', async () => {
    await publishedIdea();
    const endpoint = await register();
    expect(await planIdeaWebhooks(db)).toBe(0);
    await publishedIdea();
    expect(await planIdeaWebhooks(db)).toBe(1);
    expect(await deliveriesOf(endpoint.id)).toHaveLength(1);
  });

  it('tells once that a campaign opened, when its opening moment has passed', async () => {
    const endpoint = await register([WebhookEvent.CAMPAIGN_OPENED]);
    const department = await createDepartment(db);
    const inHours = (hours: number) => new Date(Date.now() + hours * 3_600_000);
    const opened = await createCampaign(db, { opensAt: new Date(), departmentIds: [department.id] });
    const upcoming = await createCampaign(db, { opensAt: inHours(1) });
    await createCampaign(db, { opensAt: inHours(-24), closesAt: inHours(-1) });

    expect(await planWebhooks(db)).toBe(1);
    expect(await planWebhooks(db)).toBe(0);
    expect(await deliverWebhooks(db)).toMatchObject({ delivered: 1 });
    expect(receiver.received[0]!.headers['x-vau-event']).toBe('campaign.opened');
    expect(payloadOf(0)).toMatchObject({
      event: 'campaign.opened',
      text: expect.stringContaining(opened.titleFi),
      campaign: {
        id: opened.id,
        title: { fi: opened.titleFi, sv: opened.titleSv, en: opened.titleEn },
        url: `${siteUrl()}/campaigns/${opened.slug}`,
        departments: [{ fi: department.nameFi, sv: department.nameSv, en: department.nameEn }],
      },
    });

    // The upcoming one's moment comes (moved here rather than waited for).
    await db.campaign.update({ where: { id: upcoming.id }, data: { opensAt: new Date() } });
    expect(await planWebhooks(db)).toBe(1);
    expect((await deliveriesOf(endpoint.id)).map((delivery) => delivery.subjectId).sort()).toEqual(
      [opened.id, upcoming.id].sort(),
    );
  });

  it('is one of the rounds every instance runs', async () => {
    vi.stubEnv('DATABASE_URL', own.url);
    await register();
    await publishedIdea();
    const tasks = startNotificationTasks(db);
    try {
      await tasks.find((task) => task.name === 'notifications.webhooks')!.runNow();
    } finally {
      for (const task of tasks) task.stop();
    }
    expect(receiver.received.map((request) => request.headers['x-vau-event'])).toEqual(['idea.published']);
  });

  it('sends a test event to the endpoint at an admin’s request', async () => {
    const { id, secret } = await register();
    const paused = { id, name: 'Kanava', url: receiver.url, events: [WebhookEvent.IDEA_PUBLISHED], active: false };
    expect(await updateWebhookEndpoint(db, admin, paused, testOrigin)).toEqual({ ok: true, message: 'webhooks.saved' });
    // Paused, it still takes an admin's test.
    expect(await sendTestWebhook(db, admin, { id }, testOrigin)).toEqual({ ok: true, message: 'webhooks.testQueued' });
    expect(await deliverWebhooks(db)).toMatchObject({ delivered: 1 });
    const [{ headers, body }] = receiver.received as [WebhookReceiver['received'][number]];
    expect(headers['x-vau-event']).toBe('test');
    const signed = { timestamp: headers['x-vau-timestamp'] as string, signature: headers['x-vau-signature'] as string };
    expect(verifyWebhookSignature(secret, signed, body)).toBe(true);
    expect(payloadOf(0).text).toContain('Kanava');
    const audit = await db.auditLog.findMany({ where: { targetId: id }, orderBy: { id: 'asc' } });
    expect(audit.map((entry) => entry.action)).toEqual(['webhook.create', 'webhook.update', 'webhook.test']);
    expect(JSON.stringify(audit.map(({ before, after }) => [before, after]))).not.toContain(secret);
  });

  it('signs with the new secret once it is changed, and forgets a deleted endpoint', async () => {
    const { id, secret } = await register();
    const rotated = await rotateWebhookSecret(db, admin, { id }, testOrigin);
    expect(rotated).toMatchObject({ ok: true, message: 'webhooks.rotated' });
    expect(rotated.secret).not.toBe(secret);
    await sendTestWebhook(db, admin, { id }, testOrigin);
    await deliverWebhooks(db);
    const [{ headers, body }] = receiver.received as [WebhookReceiver['received'][number]];
    const signed = { timestamp: headers['x-vau-timestamp'] as string, signature: headers['x-vau-signature'] as string };
    expect(verifyWebhookSignature(rotated.secret!, signed, body)).toBe(true);
    expect(verifyWebhookSignature(secret, signed, body)).toBe(false);

    expect(await deleteWebhookEndpoint(db, admin, { id }, testOrigin)).toEqual({
      ok: true,
      message: 'webhooks.deleted',
    });
    expect(await deliveriesOf(id)).toEqual([]);
    expect(await sendTestWebhook(db, admin, { id }, testOrigin)).toEqual({ ok: false, message: 'errors.notFound' });
  });

  it('checks the address again when it connects: a loopback endpoint fails once private addresses are refused', async () => {
    const endpoint = await register();
    await publishedIdea();
    await planIdeaWebhooks(db);
    vi.stubEnv('WEBHOOK_ALLOW_PRIVATE', 'false');

    expect(await deliverWebhooks(db)).toMatchObject({ delivered: 0, retried: 1 });
    expect(receiver.received).toHaveLength(0);
    expect(await deliveriesOf(endpoint.id)).toEqual([
      expect.objectContaining({ status: 'QUEUED', lastError: 'address refused: httpsOnly' }),
    ]);
  });

  it('never connects to a private address literal, whatever was saved', async () => {
    const endpoint = await register();
    await db.webhookEndpoint.update({ where: { id: endpoint.id }, data: { url: 'https://10.1.2.3/vau' } });
    await sendTestWebhook(db, admin, { id: endpoint.id }, testOrigin);
    vi.stubEnv('WEBHOOK_ALLOW_PRIVATE', 'false');

    expect(await deliverWebhooks(db)).toMatchObject({ delivered: 0, retried: 1 });
    expect(await deliveriesOf(endpoint.id)).toEqual([
      expect.objectContaining({ status: 'QUEUED', lastError: 'address refused: privateAddress' }),
    ]);
  });

  it('refuses addresses that are not HTTPS or lead into the internal network, with a message for the field', async () => {
    vi.stubEnv('WEBHOOK_ALLOW_PRIVATE', 'false');
    const problems: Record<string, string> = {
      'ei osoite': 'invalid',
      'http://hooks.example.com/vau': 'httpsOnly',
      'ftp://hooks.example.com/vau': 'httpsOnly',
      'https://user:salasana@hooks.example.com/vau': 'credentials',
      [receiver.url]: 'httpsOnly',
      'https://127.0.0.1/vau': 'privateAddress',
      'https://localhost/vau': 'privateAddress',
      'https://10.1.2.3/vau': 'privateAddress',
      'https://192.168.1.10/vau': 'privateAddress',
      'https://169.254.169.254/latest/meta-data': 'privateAddress',
      'https://[::1]/vau': 'privateAddress',
      'https://[fd00::1]/vau': 'privateAddress',
      'https://[::ffff:10.0.0.1]/vau': 'privateAddress',
      'https://nimi.invalid/vau': 'unresolvable',
    };
    for (const [url, problem] of Object.entries(problems)) {
      const state = await createWebhookEndpoint(
        db,
        admin,
        { name: 'Väärä', url, events: [WebhookEvent.IDEA_PUBLISHED], active: true },
        testOrigin,
      );
      expect({ url, state }).toEqual({
        url,
        state: expect.objectContaining({ ok: false, fieldErrors: { url: [`webhooks.validation.${problem}`] } }),
      });
    }
    const publicAddress = await createWebhookEndpoint(
      db,
      admin,
      { name: 'Julkinen', url: 'https://93.184.215.14/vau', events: [WebhookEvent.IDEA_PUBLISHED], active: false },
      testOrigin,
    );
    expect(publicAddress.ok).toBe(true);
    expect(await db.webhookEndpoint.count({ where: { name: 'Väärä' } })).toBe(0);
  });

  it('is for admins only: others can neither register, test nor read', async () => {
    const { id } = await register();
    for (const roles of [[Role.EMPLOYEE], [Role.EMPLOYEE, Role.MODERATOR], [Role.EMPLOYEE, Role.HR]]) {
      const actor = actorOf(await createUser(db, { roles }));
      const input = { name: 'Ei', url: receiver.url, events: [WebhookEvent.IDEA_PUBLISHED], active: true };
      expect(await createWebhookEndpoint(db, actor, input, testOrigin)).toEqual({
        ok: false,
        message: 'errors.forbidden',
      });
      expect(await sendTestWebhook(db, actor, { id }, testOrigin)).toEqual({ ok: false, message: 'errors.forbidden' });
      expect(await webhookOverview(db, actor)).toBeNull();
    }
    expect(await webhookOverview(db, null)).toBeNull();
    const overview = await webhookOverview(db, admin);
    expect(overview!.endpoints.find((endpoint) => endpoint.id === id)).not.toHaveProperty('secret');
  });
});
