import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { IdeaForm } from '@/components/ideas/idea-form';
import { previewMarkdownAction } from '../preview-action';
import { getCurrentUser } from '@/modules/access/current-user';
import { can } from '@/modules/access/permissions';
import { listCategories } from '@/modules/ideas/queries';
import { clientMessages } from '@/modules/i18n/client-messages';
import { checkedParams } from '@/modules/i18n/page-params';
import { redirect } from '@/modules/i18n/navigation';
import { db } from '@/modules/platform/db';
import { listDepartments } from '@/modules/users/queries';

interface NewIdeaPageProps {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: NewIdeaPageProps): Promise<Metadata> {
  const { locale } = await checkedParams(params);
  const t = await getTranslations({ locale, namespace: 'ideas.form' });
  return { title: t('newTitle') };
}

export default async function NewIdeaPage({ params }: NewIdeaPageProps) {
  const { locale } = await checkedParams(params);
  setRequestLocale(locale);
  const actor = await getCurrentUser();
  if (!can(actor, 'idea.create')) return redirect({ href: '/sign-in', locale });
  const [t, categories, departments, messages] = await Promise.all([
    getTranslations('ideas.form'),
    listCategories(db, locale),
    listDepartments(db, locale),
    getMessages(),
  ]);
  return (
    <div>
      <h1 className="text-3xl font-extrabold text-brand">{t('newTitle')}</h1>
      <p className="mt-2 max-w-prose">{t('newIntro')}</p>
      <NextIntlClientProvider messages={clientMessages(messages, ['ideas.form', 'forms', 'errors', 'validation'])}>
        <IdeaForm
          initial={{
            title: '',
            body: '',
            categoryId: '',
            departmentIds: [],
            expectedSavingsEur: '',
            expectedHoursSaved: '',
            expectedBenefitNote: '',
            coAuthors: [],
            anonymous: false,
            submittable: true,
          }}
          categories={categories}
          departments={departments}
          preview={previewMarkdownAction}
        />
      </NextIntlClientProvider>
    </div>
  );
}
