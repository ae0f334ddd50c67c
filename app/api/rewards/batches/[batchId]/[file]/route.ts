import { getTranslations } from 'next-intl/server';
import { getCurrentUser } from '@/modules/access/current-user';
import { isAppLocale } from '@/modules/i18n/locales';
import { db } from '@/modules/platform/db';
import { payrollFileFormat, payrollFileResponse } from '@/modules/rewards/payroll-file';

export const dynamic = 'force-dynamic';

/** A payroll batch's file: /api/rewards/batches/12/csv (or /xlsx), headers in ?locale= or the reader's language. */
export async function GET(request: Request, { params }: { params: Promise<{ batchId: string; file: string }> }) {
  const actor = await getCurrentUser();
  if (!actor)
    return Response.json({ error: 'signInRequired' }, { status: 401, headers: { 'Cache-Control': 'no-store' } });
  const { batchId, file } = await params;
  const requested = new URL(request.url).searchParams.get('locale');
  const locale = isAppLocale(requested) ? requested : actor.locale;
  const t = await getTranslations({ locale, namespace: 'rewards.payroll.file' });
  const id = /^\d{1,9}$/.test(batchId) ? Number(batchId) : 0;
  return payrollFileResponse(db, actor, id, payrollFileFormat(file), (key) => t(key));
}
