import { createTranslator, type Messages } from 'next-intl';
import { departmentsActedFor } from '@/modules/access/sessions';
import en from '@/modules/i18n/messages/en.json';
import fi from '@/modules/i18n/messages/fi.json';
import sv from '@/modules/i18n/messages/sv.json';
import { formatDateTime } from '@/modules/i18n/format';
import { defaultLocale, type AppLocale } from '@/modules/i18n/locales';
import { ideaPath } from '@/modules/ideas/slug';
import { Prisma, type Database } from '@/modules/platform/db/client';
import { EmailJobKind, type NotificationKind } from '@/modules/platform/db/generated/enums';
import { launcherEnvSchema, parseEnv } from '@/modules/platform/env';
import { getOrganisation } from '@/modules/platform/organisation';
import { notificationGroups, type NotificationIdeaGroup } from './centre';
import { digestMomentSql } from './digest-schedule';
import type { ClaimedEmailJob, Composition } from './email';
import { kindSql } from './kinds';
import { notificationHref, notificationSentence, type Translate } from './sentence';
import { renderHtml, renderText, type EmailView } from './templates';
import { unsubscribeToken, type UnsubscribeTarget } from './unsubscribe';

// What an e-mail job says: the composer the worker calls (the contract is in email.ts). It reads
// only; the worker records what was told and skipped.

// Untyped keys (`Messages`), as the app's own translators have: sentences build keys from data.
const translators: Record<AppLocale, Translate> = {
  fi: createTranslator<Messages>({ locale: 'fi', messages: fi }),
  sv: createTranslator<Messages>({ locale: 'sv', messages: sv }),
  en: createTranslator<Messages>({ locale: 'en', messages: en }),
};

const mailEnv = launcherEnvSchema.pick({ AUTH_URL: true, PORT: true, MAIL_FROM: true });

/** The site's address for links: AUTH_URL when set, else the local server. */
export function siteUrl(): string {
  const env = parseEnv(mailEnv);
  return (env.AUTH_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, '');
}

/** A page's absolute address in a language, as the app routes it (Finnish without a prefix). */
export function pageUrl(base: string, locale: AppLocale, path: string): string {
  return `${base}${locale === defaultLocale ? '' : `/${locale}`}${path}`;
}

interface Candidate {
  id: bigint;
  read: boolean;
  kind: NotificationKind;
}

/**
 * The notifications waiting for this job. An instant e-mail tells its one notification; a digest
 * tells what waits for the recipient's digest of this cadence and was written before the moment
 * the digest was queued for (07:00 Helsinki time on its first day, as scheduleDigests in
 * digest-schedule.ts queues it): what came later waits for the next one, even when a retry runs
 * later. Anything older that waits too (a period whose job failed) comes along.
 */
async function candidatesOf(db: Database, job: ClaimedEmailJob): Promise<Candidate[]> {
  if (job.kind === EmailJobKind.INSTANT) {
    if (job.notificationId === null) return [];
    return db.$queryRaw<Candidate[]>`
      SELECT n.id, n.read_at IS NOT NULL AS read, upper(${kindSql()}::text) AS kind
        FROM notifications n
       WHERE n.id = ${job.notificationId} AND n.recipient_id = ${job.recipientId}::uuid`;
  }
  if (job.periodStart === null) return [];
  const state = job.kind === EmailJobKind.WEEKLY ? 'weekly' : 'daily';
  return db.$queryRaw<Candidate[]>`
    SELECT n.id, n.read_at IS NOT NULL AS read, NULL AS kind
      FROM notifications n
     WHERE n.recipient_id = ${job.recipientId}::uuid
       AND n.email_state = ${state}::notification_email_state
       AND n.created_at < ${digestMomentSql(Prisma.sql`${job.periodStart}::date`)}`;
}

export async function composeEmail(db: Database, job: ClaimedEmailJob): Promise<Composition> {
  const [candidates, recipient] = await Promise.all([
    candidatesOf(db, job),
    db.user.findUnique({
      where: { id: job.recipientId },
      select: { id: true, email: true, locale: true, roles: true, active: true, departmentId: true },
    }),
  ]);
  const all = candidates.map((candidate) => candidate.id);
  if (!recipient?.active || !recipient.email) return { email: null, told: [], skipped: all };
  // Read in the app before the e-mail went out (instant or digest): the person knows already, so
  // it is skipped, not sent: e-mail is for what they have not seen.
  const unread = candidates.filter((candidate) => !candidate.read).map((candidate) => candidate.id);
  const reader = { ...recipient, departmentIds: await departmentsActedFor(db, recipient) };
  // Ideas the person may no longer see are left out here (and so skipped).
  const groups = await notificationGroups(db, reader, unread);
  const told = groups.flatMap((group) => group.entries.map((entry) => BigInt(entry.id)));
  const toldSet = new Set(told);
  const skipped = all.filter((id) => !toldSet.has(id));
  if (told.length === 0) return { email: null, told: [], skipped };

  const target: UnsubscribeTarget =
    job.kind === EmailJobKind.INSTANT
      ? { kind: candidates[0]!.kind }
      : { digest: job.kind === EmailJobKind.WEEKLY ? 'WEEKLY' : 'DAILY' };
  const token = await unsubscribeToken(db, { userId: recipient.id, target });
  const env = parseEnv(mailEnv);
  const base = siteUrl();
  const view = emailView(recipient.locale, job.kind, groups, target, {
    base,
    oneClick: `${base}/api/notifications/unsubscribe?token=${encodeURIComponent(token)}`,
    page: pageUrl(base, recipient.locale, `/unsubscribe?token=${encodeURIComponent(token)}`),
  });
  return {
    email: {
      to: recipient.email,
      from: env.MAIL_FROM,
      subject: view.subject,
      text: renderText(view),
      html: renderHtml(view),
      messageId: `<vau-email-${job.id}@${new URL(base).hostname}>`,
      headers: {
        'List-Unsubscribe': `<${base}/api/notifications/unsubscribe?token=${encodeURIComponent(token)}>`,
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
        // RFC 3834: no out-of-office replies to VAU's messages.
        'Auto-Submitted': 'auto-generated',
      },
    },
    told,
    skipped,
  };
}

function emailView(
  locale: AppLocale,
  kind: EmailJobKind,
  groups: NotificationIdeaGroup[],
  target: UnsubscribeTarget,
  links: { base: string; oneClick: string; page: string },
): EmailView {
  const t = translators[locale];
  const url = (path: string) => pageUrl(links.base, locale, path);
  const viewGroups = groups.map(({ idea, entries }) => ({
    title: idea.title,
    href: url(ideaPath(idea)),
    entries: entries.map((entry) => ({
      sentence: notificationSentence(t, entry, idea.mine),
      href: url(notificationHref(entry, ideaPath(idea))),
      reason:
        entry.subject.kind === 'decision' && entry.subject.reason
          ? t('notifications.reason', { reason: entry.subject.reason })
          : null,
      when: formatDateTime(locale, entry.createdAt),
    })),
  }));
  const organisation = getOrganisation(locale);
  const count = viewGroups.reduce((sum, group) => sum + group.entries.length, 0);
  const instant = kind === EmailJobKind.INSTANT;
  const first = viewGroups[0]!;
  const kindLabel = 'kind' in target ? t(`notificationPreferences.kinds.${target.kind}.label`) : '';
  const weekly = kind === EmailJobKind.WEEKLY;
  return {
    lang: locale,
    subject: instant
      ? t('email.subjectInstant', { idea: first.title, sentence: first.entries[0]!.sentence })
      : t(weekly ? 'email.subjectWeekly' : 'email.subjectDaily', { count }),
    organisation: organisation.name,
    brandColor: organisation.brandColor,
    heading: instant ? null : t(weekly ? 'email.headingWeekly' : 'email.headingDaily'),
    intro: instant ? null : t('email.digestIntro'),
    groups: viewGroups,
    action: instant ? { label: t('email.open'), href: first.entries[0]!.href } : null,
    why: instant ? t('email.whyInstant', { kind: kindLabel }) : t(weekly ? 'email.whyWeekly' : 'email.whyDaily'),
    preferences: { label: t('email.preferences'), href: url('/profile/notifications') },
    unsubscribe: {
      label: instant
        ? t('email.unsubscribeKind', { kind: kindLabel })
        : t(weekly ? 'email.unsubscribeWeekly' : 'email.unsubscribeDaily'),
      href: links.page,
    },
    sentBy: t('email.sentBy', { organisation: organisation.name }),
  };
}
