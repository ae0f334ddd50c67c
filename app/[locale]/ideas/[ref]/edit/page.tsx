import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { IdeaForm } from '@/components/ideas/idea-form';
import { previewMarkdownAction } from '../../preview-action';
import { getCurrentUser } from '@/modules/access/current-user';
import { ideaFormCampaignChoice } from '@/modules/campaigns/queries';
import { getIdeaForEditing } from '@/modules/ideas/detail';
import { listCategories } from '@/modules/ideas/queries';
import { ideaIdFromSegment } from '@/modules/ideas/slug';
import { clientMessages } from '@/modules/i18n/client-messages';
import { checkedParams } from '@/modules/i18n/page-params';
import { redirect } from '@/modules/i18n/navigation';
import { IdeaStatus } from '@/modules/platform/db/generated/enums';
import { db } from '@/modules/platform/db';
import { listDepartments } from '@/modules/users/queries';

interface EditIdeaPageProps {
  params: Promise<{ locale: string; ref: string }>;
}

export async function generateMetadata({ params }: EditIdeaPageProps): Promise<Metadata> {
  const { locale } = await checkedParams(params);
  const t = await getTranslations({ locale, namespace: 'ideas.form' });
  return { title: t('editTitle'), robots: { index: false } };
}

export default async function EditIdeaPage({ params }: EditIdeaPageProps) {
  const { locale, ref } = await checkedParams(params);
  setRequestLocale(locale);
  const ideaId = ideaIdFromSegment(ref);
  if (ideaId === null) notFound();
  const actor = await getCurrentUser();
  if (!actor) return redirect({ href: '/sign-in', locale });
  const idea = await getIdeaForEditing(db, actor, ideaId);
  if (!idea) notFound();
  const [t, categories, departments, campaigns, messages] = await Promise.all([
    getTranslations('ideas.form'),
    listCategories(db, locale),
    listDepartments(db, locale),
    ideaFormCampaignChoice(db, actor.id, locale, { ideaId }),
    getMessages(),
  ]);
  return (
    <div>
      <h1 className="text-3xl font-extrabold text-brand">{t('editTitle')}</h1>
      <NextIntlClientProvider
        messages={clientMessages(messages, ['ideas.form', 'campaigns.posting', 'forms', 'errors', 'validation'])}
      >
        <IdeaForm
          initial={{
            ...idea,
            submittable:
              idea.status === IdeaStatus.DRAFT ||
              idea.status === IdeaStatus.CHANGES_REQUESTED ||
              idea.status === IdeaStatus.HIDDEN,
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
