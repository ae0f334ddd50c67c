import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { IdeaForm } from '@/components/ideas/idea-form';
import { previewMarkdownAction } from '../preview-action';
import { getCurrentUser } from '@/modules/access/current-user';
import { can } from '@/modules/access/permissions';
import { ideaFormCampaignChoice } from '@/modules/campaigns/queries';
import { listCategories } from '@/modules/ideas/queries';
import { clientMessages } from '@/modules/i18n/client-messages';
import { checkedParams } from '@/modules/i18n/page-params';
import { redirect } from '@/modules/i18n/navigation';
import { db } from '@/modules/platform/db';
import { listDepartments } from '@/modules/users/queries';

interface NewIdeaPageProps {
  params: Promise<{ locale: string }>;
  /** `campaign`: a campaign page's link preselects that campaign. */
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: NewIdeaPageProps): Promise<Metadata> {
  const { locale } = await checkedParams(params);
  const t = await getTranslations({ locale, namespace: 'ideas.form' });
  return { title: t('newTitle') };
}

export default async function NewIdeaPage({ params, searchParams }: NewIdeaPageProps) {
  const { locale } = await checkedParams(params);
  setRequestLocale(locale);
  const actor = await getCurrentUser();
  if (!actor || !can(actor, 'idea.create')) return redirect({ href: '/sign-in', locale });
  const { campaign } = await searchParams;
  const [t, categories, departments, campaigns, messages, tPosting] = await Promise.all([
    getTranslations('ideas.form'),
    listCategories(db, locale),
    listDepartments(db, locale),
    ideaFormCampaignChoice(db, actor.id, locale, { slug: typeof campaign === 'string' ? campaign : undefined }),
    getMessages(),
    getTranslations('campaigns.posting'),
  ]);
  // Coming from a campaign's page, the person sees at once where the idea goes, not only far down the form.
  const chosenCampaign = campaigns.noticeKey
    ? undefined
    : campaigns.options.find((option) => option.id === campaigns.selectedId);
  return (
    <div>
      <h1 className="text-3xl font-extrabold text-brand">{t('newTitle')}</h1>
      <p className="mt-2 max-w-prose">{t('newIntro')}</p>
      {chosenCampaign && (
        <p className="mt-3 max-w-prose rounded border-l-4 border-brand bg-surface p-3 font-semibold">
          {tPosting('preselected', { title: chosenCampaign.title })}
        </p>
      )}
      <NextIntlClientProvider
        messages={clientMessages(messages, ['ideas.form', 'campaigns.posting', 'forms', 'errors', 'validation'])}
      >
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
          campaigns={campaigns}
          preview={previewMarkdownAction}
        />
      </NextIntlClientProvider>
    </div>
  );
}
