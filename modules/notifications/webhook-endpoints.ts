import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { beginMutation, type FormState } from '@/modules/access/mutation';
import { can, type Actor } from '@/modules/access/permissions';
import { recordAudit, type RequestOrigin } from '@/modules/audit/audit-log';
import type { Database, Prisma } from '@/modules/platform/db/client';
import { WebhookEvent, type WebhookDeliveryStatus } from '@/modules/platform/db/generated/enums';
import { newWebhookSecret } from './webhook-request';
import { urlProblem, webhookUrlProblem } from './webhook-url';

// The admins' webhook endpoints: register, change, pause, rotate the secret, delete, send a test
// event; and the deliveries log. Everything needs `webhook.manage`. The secret leaves the server
// only in the answer to the create or rotate that made it (shown once), never in a read.

/** The events an admin may choose (the test event is sent only by its button). */
export const subscribableEvents = [
  WebhookEvent.IDEA_PUBLISHED,
  WebhookEvent.IDEA_PROMOTED,
  WebhookEvent.IDEA_IMPLEMENTED,
  WebhookEvent.CAMPAIGN_OPENED,
] as const;

/** A form's answer, with the new secret when one was just made. */
export interface WebhookFormState extends FormState {
  secret?: string;
}

const endpointFields = {
  name: z.string().trim().min(1, 'webhooks.validation.nameRequired').max(80, 'webhooks.validation.nameTooLong'),
  url: z
    .string()
    .trim()
    .max(2000, 'webhooks.validation.urlTooLong')
    .superRefine((url, context) => {
      const problem = urlProblem(url);
      if (problem) context.addIssue({ code: 'custom', message: `webhooks.validation.${problem}` });
    }),
  events: z.array(z.enum(subscribableEvents)).min(1, 'webhooks.validation.events'),
  active: z.boolean(),
};

const createSchema = z.object(endpointFields);
const updateSchema = z.object({ id: z.uuid(), ...endpointFields });
const endpointIdSchema = z.object({ id: z.uuid() });

/** The name resolves to public addresses only (or the check is waived): a field error otherwise. */
async function addressRefused(url: string): Promise<WebhookFormState | null> {
  const problem = await webhookUrlProblem(url);
  if (!problem) return null;
  return { ok: false, message: 'errors.invalid', fieldErrors: { url: [`webhooks.validation.${problem}`] } };
}

const shown = (input: z.infer<typeof createSchema>) => ({
  name: input.name,
  url: input.url,
  events: input.events,
  active: input.active,
});

export async function createWebhookEndpoint(
  db: Database,
  actor: Actor | null,
  raw: unknown,
  origin: RequestOrigin,
): Promise<WebhookFormState> {
  const start = await beginMutation(actor, createSchema, raw, 'webhook.manage');
  if (!start.ok) return start.state;
  const refused = await addressRefused(start.input.url);
  if (refused) return refused;
  const secret = newWebhookSecret();
  const endpoint = await db.$transaction(async (tx) => {
    const created = await tx.webhookEndpoint.create({ data: { ...shown(start.input), secret }, select: { id: true } });
    await recordAudit(
      tx,
      {
        actorId: start.actor.id,
        action: 'webhook.create',
        targetType: 'webhook_endpoint',
        targetId: created.id,
        after: shown(start.input),
      },
      origin,
    );
    return created;
  });
  return { ok: true, message: 'webhooks.created', secret, values: { id: endpoint.id } };
}

const auditedFields = { name: true, url: true, events: true, active: true } as const;

type EndpointChange = (
  tx: Prisma.TransactionClient,
) => Promise<{ after?: ReturnType<typeof shown>; done: WebhookFormState }>;

/**
 * One change of an existing endpoint in one transaction with its audit entry (what it was, and
 * what the change says it became; never the secret). Not found when the endpoint is gone.
 */
async function changeEndpoint(
  db: Database,
  { actor, id, action, origin }: { actor: Actor; id: string; action: string; origin: RequestOrigin },
  change: EndpointChange,
): Promise<WebhookFormState> {
  return db.$transaction(async (tx) => {
    const before = await tx.webhookEndpoint.findUnique({ where: { id }, select: auditedFields });
    if (!before) return { ok: false, message: 'errors.notFound' };
    const { after, done } = await change(tx);
    const entry = { actorId: actor.id, action, targetType: 'webhook_endpoint', targetId: id, before, after };
    await recordAudit(tx, entry, origin);
    return done;
  });
}

export async function updateWebhookEndpoint(
  db: Database,
  actor: Actor | null,
  raw: unknown,
  origin: RequestOrigin,
): Promise<WebhookFormState> {
  const start = await beginMutation(actor, updateSchema, raw, 'webhook.manage');
  if (!start.ok) return start.state;
  const refused = await addressRefused(start.input.url);
  if (refused) return refused;
  const { id } = start.input;
  const after = shown(start.input);
  return changeEndpoint(db, { actor: start.actor, id, action: 'webhook.update', origin }, async (tx) => {
    await tx.webhookEndpoint.update({ where: { id }, data: after });
    return { after, done: { ok: true, message: 'webhooks.saved' } };
  });
}

/** A button on one endpoint (its id the only input), audited as `action`. */
function endpointCommand(action: string, run: (tx: Prisma.TransactionClient, id: string) => Promise<WebhookFormState>) {
  return async (db: Database, actor: Actor | null, raw: unknown, origin: RequestOrigin): Promise<WebhookFormState> => {
    const start = await beginMutation(actor, endpointIdSchema, raw, 'webhook.manage');
    if (!start.ok) return start.state;
    const { id } = start.input;
    return changeEndpoint(db, { actor: start.actor, id, action, origin }, async (tx) => ({ done: await run(tx, id) }));
  };
}

/** A new secret for an endpoint; the old one stops working at once. */
export const rotateWebhookSecret = endpointCommand('webhook.rotate_secret', async (tx, id) => {
  const secret = newWebhookSecret();
  await tx.webhookEndpoint.update({ where: { id }, data: { secret } });
  return { ok: true, message: 'webhooks.rotated', secret };
});

export const deleteWebhookEndpoint = endpointCommand('webhook.delete', async (tx, id) => {
  await tx.webhookEndpoint.delete({ where: { id } });
  return { ok: true, message: 'webhooks.deleted' };
});

/** Queues a test event for the endpoint; a worker sends it within seconds, paused or not. */
export const sendTestWebhook = endpointCommand('webhook.test', async (tx, id) => {
  const test = { event: WebhookEvent.TEST, subjectId: randomUUID(), occurredAt: new Date() };
  await tx.webhookDelivery.create({ data: { endpointId: id, ...test } });
  return { ok: true, message: 'webhooks.testQueued' };
});

export interface WebhookEndpointView {
  id: string;
  name: string;
  url: string;
  events: WebhookEvent[];
  active: boolean;
  createdAt: Date;
}

export interface WebhookDeliveryView {
  id: string;
  endpointName: string;
  event: WebhookEvent;
  subjectId: string;
  status: WebhookDeliveryStatus;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  deliveredAt: Date | null;
  runAt: Date;
}

/** Deliveries shown on the admins' page, newest first. */
export const recentDeliveriesShown = 30;

/** The endpoints (without their secrets) and the recent deliveries; null without the permission. */
export async function webhookOverview(
  db: Database,
  actor: Actor | null,
): Promise<{ endpoints: WebhookEndpointView[]; deliveries: WebhookDeliveryView[] } | null> {
  if (!can(actor, 'webhook.manage')) return null;
  const [endpoints, deliveries] = await Promise.all([
    db.webhookEndpoint.findMany({
      select: { id: true, name: true, url: true, events: true, active: true, createdAt: true },
      orderBy: { createdAt: 'asc' },
    }),
    db.webhookDelivery.findMany({
      select: {
        id: true,
        event: true,
        subjectId: true,
        status: true,
        attempts: true,
        lastError: true,
        createdAt: true,
        deliveredAt: true,
        runAt: true,
        endpoint: { select: { name: true } },
      },
      orderBy: { id: 'desc' },
      take: recentDeliveriesShown,
    }),
  ]);
  return {
    endpoints,
    deliveries: deliveries.map(({ id, endpoint, ...delivery }) => ({
      ...delivery,
      id: String(id),
      endpointName: endpoint.name,
    })),
  };
}
