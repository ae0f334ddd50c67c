import { getCurrentUser } from '@/modules/access/current-user';
import { recordAudit } from '@/modules/audit/audit-log';
import { requestOrigin } from '@/modules/audit/request-origin';
import { db } from '@/modules/platform/db';
import { exportPersonalData } from '@/modules/users/export';

export const dynamic = 'force-dynamic';

/** GDPR access: everything stored about the signed-in person, as a JSON download. */
export async function GET() {
  const user = await getCurrentUser();
  const data = user ? await exportPersonalData(db, user, user.id) : null;
  if (!user || !data)
    return Response.json({ error: 'signInRequired' }, { status: 401, headers: { 'Cache-Control': 'no-store' } });
  await recordAudit(
    db,
    { actorId: user.id, action: 'user.export', targetType: 'user', targetId: user.id },
    await requestOrigin(),
  );
  return new Response(
    JSON.stringify(data, (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value), 2),
    {
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Disposition': 'attachment; filename="vau-omat-tiedot.json"',
        'Cache-Control': 'private, no-store',
      },
    },
  );
}
