'use server';

import { getLocale } from 'next-intl/server';
import { revalidatePath } from 'next/cache';
import { getCurrentUser } from '@/modules/access/current-user';
import { requestOrigin } from '@/modules/audit/request-origin';
import { isAppLocale } from '@/modules/i18n/locales';
import { db } from '@/modules/platform/db';
import { applyStaffImport, previewStaffImport, type StaffImportResult } from './staff-import';

export type StaffImportState = StaffImportResult | { stage: 'idle' };

/** One action for both steps: "preview" reads the chosen file, "import" the previewed content and digest. */
export async function staffImportAction(_previous: StaffImportState, form: FormData): Promise<StaffImportState> {
  const requested = await getLocale();
  const locale = isAppLocale(requested) ? requested : 'fi';
  const actor = await getCurrentUser();
  if (form.get('intent') === 'preview') {
    const file = form.get('file');
    const bytes = file instanceof File ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array();
    return previewStaffImport(db, actor, bytes, locale);
  }
  const raw = { content: form.get('content'), digest: form.get('digest') };
  const result = await applyStaffImport(db, actor, raw, await requestOrigin(), locale);
  if (result.stage === 'imported') {
    revalidatePath('/[locale]/admin/users', 'page');
    revalidatePath('/[locale]/admin/users/[id]', 'page');
  }
  return result;
}
