import { checkHealth } from '@/modules/platform/health';
import { db } from '@/modules/platform/db';

export const dynamic = 'force-dynamic';

/** For load balancers and monitoring: 200 when this instance can serve, 503 when its database is down. */
export async function GET() {
  const report = await checkHealth(db);
  return Response.json(report, {
    status: report.status === 'ok' ? 200 : 503,
    headers: { 'Cache-Control': 'no-store' },
  });
}
