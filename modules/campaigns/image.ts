import type { Database } from '@/modules/platform/db/client';

// A campaign's image lives in PostgreSQL (campaign_images) because the app's instances keep no
// files of their own (docs/decisions). The type is read from the bytes, never from the browser.

/** Largest image accepted: a banner photo fits, and a campaign row never grows heavy. */
export const campaignImageMaxBytes = 1024 * 1024;

export type CampaignImageType = 'image/jpeg' | 'image/png' | 'image/webp';

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0) =>
  prefix.every((byte, index) => bytes[at + index] === byte);

/** The image's type from its first bytes, or null for anything but JPEG, PNG and WebP. */
export function sniffImageType(bytes: Uint8Array): CampaignImageType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  // RIFF....WEBP
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8))
    return 'image/webp';
  return null;
}

/** What the image route sends: the bytes and their type, and when they last changed. */
export async function loadCampaignImage(db: Database, slug: string) {
  const campaign = await db.campaign.findUnique({
    where: { slug },
    select: { image: { select: { contentType: true, bytes: true, updatedAt: true } } },
  });
  return campaign?.image ?? null;
}
