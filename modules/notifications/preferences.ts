import { z } from 'zod';
import { beginMutation, type FormState } from '@/modules/access/mutation';
import { can, type Actor } from '@/modules/access/permissions';
import { recordAudit, type RequestOrigin } from '@/modules/audit/audit-log';
import type { Database } from '@/modules/platform/db/client';
import type { EmailCadence, NotificationKind } from '@/modules/platform/db/generated/enums';
import { defaultCadence, emailCadences, kindOffered, notificationKinds } from './kinds';

// A person's e-mail choices, one cadence per kind. No row means the kind's default: only choices
// that differ from what applies now are written, and "reset" removes the rows (decision 0035).

export interface KindChoice {
  kind: NotificationKind;
  cadence: EmailCadence;
  /** The kind's default, shown beside the choices. */
  defaultCadence: EmailCadence;
  /** Shown on the page (kinds.ts `kindOffered`); one not offered is saved unchanged. */
  offered: boolean;
}

export interface EmailPreferences {
  /** Where e-mail goes; null when the person has no address (single sign-on may send none). */
  address: string | null;
  choices: KindChoice[];
  /** Whether any choice differs from the defaults, i.e. "reset" would change something. */
  customised: boolean;
}

/** A person's own preferences are theirs to edit, as their profile is. */
function ownSettings(actor: Actor | null) {
  return { ownerIds: actor ? [actor.id] : [] };
}

/** The reader's own e-mail address and a cadence for every kind, in the page's order. */
export async function loadEmailPreferences(db: Database, actor: Actor | null): Promise<EmailPreferences | null> {
  if (!actor || !can(actor, 'profile.edit', ownSettings(actor))) return null;
  const [user, rows] = await Promise.all([
    db.user.findUnique({ where: { id: actor.id }, select: { email: true } }),
    db.notificationPreference.findMany({ where: { userId: actor.id }, select: { kind: true, cadence: true } }),
  ]);
  if (!user) return null;
  const saved = new Map(rows.map((row) => [row.kind, row.cadence]));
  const choices = notificationKinds.map((kind) => ({
    kind,
    cadence: saved.get(kind) ?? defaultCadence[kind],
    defaultCadence: defaultCadence[kind],
    offered: kindOffered(kind, actor.roles),
  }));
  return {
    address: user.email,
    choices,
    customised: choices.some((choice) => choice.cadence !== choice.defaultCadence),
  };
}

const cadence = z.enum(emailCadences as [EmailCadence, ...EmailCadence[]], 'validation.invalid');

/** Every kind must come with a cadence: a form that leaves one out is not a valid save. */
export const emailPreferencesInput = z.object(
  Object.fromEntries(notificationKinds.map((kind) => [kind, cadence])) as Record<NotificationKind, typeof cadence>,
);

/**
 * Saves the person's choices: only the kinds whose cadence changes are written (each as its own
 * row, so a kind left alone keeps following its default). One audit entry names what changed.
 */
export async function saveEmailPreferences(
  db: Database,
  actor: Actor | null,
  raw: unknown,
  origin: RequestOrigin,
): Promise<FormState> {
  const start = await beginMutation(actor, emailPreferencesInput, raw, 'profile.edit', () => ownSettings(actor));
  if (!start.ok) return start.state;
  const userId = start.actor.id;
  const chosen = start.input;
  return db.$transaction(async (tx) => {
    const rows = await tx.notificationPreference.findMany({ where: { userId }, select: { kind: true, cadence: true } });
    const saved = new Map(rows.map((row) => [row.kind, row.cadence]));
    const changed = notificationKinds.filter((kind) => chosen[kind] !== (saved.get(kind) ?? defaultCadence[kind]));
    if (changed.length === 0) return { ok: true, message: 'notificationPreferences.unchanged' };
    for (const kind of changed) {
      await tx.notificationPreference.upsert({
        where: { userId_kind: { userId, kind } },
        create: { userId, kind, cadence: chosen[kind] },
        update: { cadence: chosen[kind] },
      });
    }
    await recordAudit(
      tx,
      {
        actorId: userId,
        action: 'user.email-preferences.update',
        targetType: 'user',
        targetId: userId,
        before: Object.fromEntries(changed.map((kind) => [kind, saved.get(kind) ?? defaultCadence[kind]])),
        after: Object.fromEntries(changed.map((kind) => [kind, chosen[kind]])),
      },
      origin,
    );
    return { ok: true, message: 'notificationPreferences.saved' };
  });
}

/** Back to the defaults for every kind: the person's rows go, so later default changes reach them too. */
export async function resetEmailPreferences(
  db: Database,
  actor: Actor | null,
  origin: RequestOrigin,
): Promise<FormState> {
  const start = await beginMutation(actor, z.object({}), {}, 'profile.edit', () => ownSettings(actor));
  if (!start.ok) return start.state;
  const userId = start.actor.id;
  return db.$transaction(async (tx) => {
    const rows = await tx.notificationPreference.findMany({ where: { userId }, select: { kind: true, cadence: true } });
    const differing = rows.filter((row) => row.cadence !== defaultCadence[row.kind]);
    await tx.notificationPreference.deleteMany({ where: { userId } });
    if (differing.length > 0) {
      await recordAudit(
        tx,
        {
          actorId: userId,
          action: 'user.email-preferences.reset',
          targetType: 'user',
          targetId: userId,
          before: Object.fromEntries(differing.map((row) => [row.kind, row.cadence])),
          after: Object.fromEntries(differing.map((row) => [row.kind, defaultCadence[row.kind]])),
        },
        origin,
      );
    }
    return { ok: true, message: 'notificationPreferences.resetDone' };
  });
}
