import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { getFormat } from '@/modules/i18n/get-format';
import type { AuditRow } from '@/modules/audit/queries';
import { Link } from '@/modules/i18n/navigation';
import type { Role } from '@/modules/platform/db/generated/enums';

const link = 'font-semibold text-brand underline';

function rolesIn(value: unknown, isRole: (name: string) => boolean): Role[] {
  const roles = (value as { roles?: unknown } | null)?.roles;
  return Array.isArray(roles) ? roles.filter((role): role is Role => typeof role === 'string' && isRole(role)) : [];
}

/** A number setting's new value (modules/settings/number-settings.ts). */
function numberIn(value: unknown): number | null {
  const number = (value as { value?: unknown } | null)?.value;
  return typeof number === 'number' ? number : null;
}

function modeIn(value: unknown): 'pre' | 'post' | null {
  const mode = (value as { mode?: unknown } | null)?.mode;
  return mode === 'pre' || mode === 'post' ? mode : null;
}

/** Where the entry's subject lives: an idea, a comment on its idea, or a person's admin page. */
function targetHref(row: AuditRow): string | null {
  if (!row.targetId) return null;
  if (row.targetType === 'idea') return `/ideas/${row.targetId}`;
  if (row.targetType === 'comment' && row.commentIdeaId) return `/ideas/${row.commentIdeaId}#comment-${row.targetId}`;
  if (row.targetType === 'user') return `/admin/users/${row.targetId}`;
  return null;
}

/**
 * One audit entry as a sentence in the reader's language, with the stored details folded away.
 * `sentenceKey`: the entry's sentence under `audit.sentences` (modules/audit/sentences.ts).
 */
export async function AuditEntry({ row, sentenceKey }: { row: AuditRow; sentenceKey: string }) {
  const [t, roleName, settings, format] = await Promise.all([
    getTranslations('audit'),
    getTranslations('roles'),
    getTranslations('settings'),
    getFormat(),
  ]);
  const href = targetHref(row);
  const mode = modeIn(row.after);
  const value = numberIn(row.after);
  const text = t.rich(`sentences.${sentenceKey}` as 'sentences.generic', {
    actor: row.actorName ?? t('systemActor'),
    target: row.targetName ?? row.targetId ?? '',
    targetType: row.targetType,
    action: row.action,
    roles: rolesIn(row.after, (name) => roleName.has(name as Role))
      .map((role) => roleName(role))
      .join(', '),
    mode: mode ? settings(`modes.${mode}.name`) : '–',
    value: value === null ? '–' : format.number(value),
    // The tags wrap the words that name the actor and the target, so the link reads "ideaan 86".
    who: (chunks: ReactNode) =>
      row.actorId ? (
        <Link href={`/admin/users/${row.actorId}`} className={link}>
          {chunks}
        </Link>
      ) : (
        <strong>{chunks}</strong>
      ),
    what: (chunks: ReactNode) =>
      href ? (
        <Link href={href} className={link}>
          {chunks}
        </Link>
      ) : (
        <strong>{chunks}</strong>
      ),
  });
  return (
    <li className="rounded border border-line p-3">
      <p className="text-sm text-muted">
        <time dateTime={row.createdAt.toISOString()}>{format.dateTime(row.createdAt, { seconds: true })}</time>
      </p>
      <p className="break-words">{text}</p>
      <details className="mt-1 text-sm">
        <summary className="min-h-6 cursor-pointer text-brand">{t('details')}</summary>
        <dl className="mt-1 grid gap-x-3 sm:grid-cols-[auto_1fr]">
          <dt className="font-semibold">{t('kind')}</dt>
          <dd>
            <code>{row.action}</code>
          </dd>
          <dt className="font-semibold">{t('target')}</dt>
          <dd className="break-all">{[row.targetType, row.targetId].filter(Boolean).join(' ')}</dd>
          {row.ip && (
            <>
              <dt className="font-semibold">{t('address')}</dt>
              <dd>{row.ip}</dd>
            </>
          )}
          {row.before !== null && (
            <>
              <dt className="font-semibold">{t('before')}</dt>
              <dd className="break-all">
                <code>{JSON.stringify(row.before)}</code>
              </dd>
            </>
          )}
          {row.after !== null && (
            <>
              <dt className="font-semibold">{t('after')}</dt>
              <dd className="break-all">
                <code>{JSON.stringify(row.after)}</code>
              </dd>
            </>
          )}
        </dl>
      </details>
    </li>
  );
}
