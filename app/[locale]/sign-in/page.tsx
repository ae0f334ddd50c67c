import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { connection } from 'next/server';
import { signInAsDemoUser, signInWithProvider } from '@/modules/access/actions';
import { configuredProviders } from '@/modules/access/auth';
import { isDemoLoginEnabled } from '@/modules/access/demo-login';
import { listDemoUsersByRole } from '@/modules/access/demo-users';
import { checkedParams } from '@/modules/i18n/page-params';
import { db } from '@/modules/platform/db';

interface SignInPageProps {
  params: Promise<{ locale: string }>;
  /** `limited=1`: a sign-in attempt was refused by the sign-in limit (modules/access/rate-limits.ts). */
  searchParams: Promise<{ limited?: string | string[] }>;
}

export async function generateMetadata({ params }: SignInPageProps): Promise<Metadata> {
  const { locale } = await checkedParams(params);
  const t = await getTranslations({ locale, namespace: 'signIn' });
  return { title: t('title'), robots: { index: false } };
}

export default async function SignInPage({ params, searchParams }: SignInPageProps) {
  const { locale } = await checkedParams(params);
  setRequestLocale(locale);
  await connection();
  const t = await getTranslations('signIn');
  const roles = await getTranslations('roles');
  const admin = await getTranslations('admin');
  const limits = await getTranslations('rateLimit');
  const limited = (await searchParams).limited === '1';
  const demo = isDemoLoginEnabled();
  const groups = demo ? await listDemoUsersByRole(db, locale) : [];
  const providers = configuredProviders();

  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl font-extrabold text-brand">{t('title')}</h1>
      {limited && (
        <p role="alert" className="mt-4 rounded border border-red-800 bg-red-50 p-3 text-red-900">
          {limits('signIn')}
        </p>
      )}
      {providers.length > 0 && (
        <section aria-labelledby="sso-heading" className="mt-6">
          <h2 id="sso-heading" className="text-xl font-bold">
            {t('ssoHeading')}
          </h2>
          <ul className="mt-3 grid gap-2">
            {providers.map((provider) => (
              <li key={provider.id}>
                <form action={signInWithProvider}>
                  <input type="hidden" name="provider" value={provider.id} />
                  <button
                    type="submit"
                    className="min-h-11 w-full rounded bg-brand px-4 font-semibold text-white sm:w-auto"
                  >
                    {t('signInWith', { provider: provider.name })}
                  </button>
                </form>
              </li>
            ))}
          </ul>
        </section>
      )}
      {!demo && providers.length === 0 && <p className="mt-4">{t('notConfigured')}</p>}
      {demo && (
        <section aria-labelledby="demo-heading" className="mt-6">
          <h2 id="demo-heading" className="text-xl font-bold">
            {t('demoHeading')}
          </h2>
          <p className="mt-2">{t('demoIntro')}</p>
          {groups.map((group) => (
            <section key={group.role} aria-labelledby={`role-${group.role}`} className="mt-5">
              <h3 id={`role-${group.role}`} className="font-bold">
                {roles(group.role)}
              </h3>
              <p className="text-sm text-muted">{admin(`roleDescriptions.${group.role}`)}</p>
              <ul className="mt-2 grid gap-2 sm:grid-cols-2">
                {group.users.map((user) => (
                  <li key={user.id}>
                    <form action={signInAsDemoUser}>
                      <input type="hidden" name="userId" value={user.id} />
                      <button
                        type="submit"
                        className="flex min-h-11 w-full flex-col items-start rounded border border-line px-3 py-2 text-left hover:border-brand"
                      >
                        <span className="font-semibold text-brand">{t('signInAs', { name: user.name })}</span>
                        <span className="text-sm text-muted">{user.description}</span>
                      </button>
                    </form>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </section>
      )}
    </div>
  );
}
