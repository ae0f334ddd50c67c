import { getCurrentUser } from '@/modules/access/current-user';
import { similarIdeasResponse } from '@/modules/ideas/similar-api';
import { db } from '@/modules/platform/db';

/** Up to five published ideas like the title being typed (the new-idea form asks as you type). */
export async function GET(request: Request) {
  return similarIdeasResponse(db, await getCurrentUser(), new URL(request.url));
}
