import { loadCampaignImage } from '@/modules/campaigns/image';
import { db } from '@/modules/platform/db';

export const dynamic = 'force-dynamic';

/**
 * A campaign's image, public as its page is. Pages ask for it with its update time (`?v=`), so that
 * address may be kept for good; any other is asked anew each time.
 */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const image = await loadCampaignImage(db, slug);
  if (!image) return new Response(null, { status: 404, headers: { 'Cache-Control': 'no-store' } });
  const current = new URL(request.url).searchParams.get('v') === String(image.updatedAt.getTime());
  return new Response(new Uint8Array(image.bytes), {
    headers: {
      'Content-Type': image.contentType,
      'Content-Length': String(image.bytes.byteLength),
      'Cache-Control': current ? 'public, max-age=31536000, immutable' : 'no-cache',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
