import { getTranslations } from 'next-intl/server';
import { getCurrentUser } from '@/modules/access/current-user';
import { isAppLocale } from '@/modules/i18n/locales';
import { db } from '@/modules/platform/db';
import { exportFormat, reportDownload } from '@/modules/reports/export';

export const dynamic = 'force-dynamic';

const noStore = { 'Cache-Control': 'private, no-store' };

/** An HR report as CSV or XLSX: /api/reports/ledger?format=csv&locale=fi&<the page's filters>. */
export async function GET(request: Request, { params }: { params: Promise<{ report: string }> }) {
  const actor = await getCurrentUser();
  if (!actor) return Response.json({ error: 'signInRequired' }, { status: 401, headers: noStore });
  const query = new URL(request.url).searchParams;
  const requested = query.get('locale');
  const locale = isAppLocale(requested) ? requested : actor.locale;
  const t = await getTranslations({ locale, namespace: 'reports' });
  const download = await reportDownload(actor, (await params).report, exportFormat(query.get('format')), {
    db,
    locale,
    params: query,
    t: (key) => t(key),
  });
  if (!download.ok) return Response.json({ error: download.error }, { status: download.status, headers: noStore });
  return download.response;
}
