import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { beginMutation, type FormState } from '@/modules/access/mutation';
import { can, type Actor } from '@/modules/access/permissions';
import { recordAudit, type RequestOrigin } from '@/modules/audit/audit-log';
import type { Database } from '@/modules/platform/db/client';
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
  const changed = await db.$transaction(async (tx) => {
    const before = await tx.webhookEndpoint.findUnique({
      where: { id },
      select: { name: true, url: true, events: true, active: true },
    });
    if (!before) return false;
    await tx.webhookEndpoint.update({ where: { id }, data: shown(start.input) });
    const entry = { actorId: start.actor.id, action: 'webhook.update', targetType: 'webhook_endpoint', targetId: id };
    await recordAudit(tx, { ...entry, before, after: shown(start.input) }, origin);
    return true;
  });
  return changed ? { ok: true, message: 'webhooks.saved' } : { ok: false, message: 'errors.notFound' };
}

/** A new secret for an endpoint; the old one stops working at once. */
export async function rotateWebhookSecret(
  db: Database,
  actor: Actor | null,
  raw: unknown,
  origin: RequestOrigin,
): Promise<WebhookFormState> {
  const start = await beginMutation(actor, endpointIdSchema, raw, 'webhook.manage');
  if (!start.ok) return start.state;
  const secret = newWebhookSecret();
  const rotated = await db.$transaction(async (tx) => {
    const { count } = await tx.webhookEndpoint.updateMany({ where: { id: start.input.id }, data: { secret } });
    if (count === 0) return false;
    const entry = { action: 'webhook.rotate_secret', targetType: 'webhook_endpoint', targetId: start.input.id };
    await recordAudit(tx, { actorId: start.actor.id, ...entry }, origin);
    return true;
  });
  return rotated ? { ok: true, message: 'webhooks.rotated', secret } : { ok: false, message: 'errors.notFound' };
}

export async function deleteWebhookEndpoint(
  db: Database,
  actor: Actor | null,
  raw: unknown,
  origin: RequestOrigin,
): Promise<WebhookFormState> {
  const start = await beginMutation(actor, endpointIdSchema, raw, 'webhook.manage');
  if (!start.ok) return start.state;
  const deleted = await db.$transaction(async (tx) => {
    const before = await tx.webhookEndpoint.findUnique({
      where: { id: start.input.id },
      select: { name: true, url: true, events: true, active: true },
    });
    if (!before) return false;
    await tx.webhookEndpoint.delete({ where: { id: start.input.id } });
    const entry = { action: 'webhook.delete', targetType: 'webhook_endpoint', targetId: start.input.id };
    await recordAudit(tx, { actorId: start.actor.id, ...entry, before }, origin);
    return true;
  });
  return deleted ? { ok: true, message: 'webhooks.deleted' } : { ok: false, message: 'errors.notFound' };
}

/** Queues a test event for the endpoint; a worker sends it within seconds, paused or not. */
export async function sendTestWebhook(
  db: Database,
  actor: Actor | null,
  raw: unknown,
  origin: RequestOrigin,
): Promise<WebhookFormState> {
  const start = await beginMutation(actor, endpointIdSchema, raw, 'webhook.manage');
  if (!start.ok) return start.state;
  const endpointId = start.input.id;
  const queued = await db.$transaction(async (tx) => {
    const endpoint = await tx.webhookEndpoint.findUnique({ where: { id: endpointId }, select: { id: true } });
    if (!endpoint) return false;
    const subjectId = randomUUID();
    await tx.webhookDelivery.create({
      data: { endpointId, event: WebhookEvent.TEST, subjectId, occurredAt: new Date() },
    });
    const entry = { action: 'webhook.test', targetType: 'webhook_endpoint', targetId: endpointId };
    await recordAudit(tx, { actorId: start.actor.id, ...entry }, origin);
    return true;
  });
  return queued ? { ok: true, message: 'webhooks.testQueued' } : { ok: false, message: 'errors.notFound' };
}

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
