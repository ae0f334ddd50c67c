import { diffWordsWithSpace } from 'diff';
import type { IdeaText } from '@/modules/ideas/snapshot';

// The snapshot lives with the lifecycle, which takes it; the queue reads it back from here.
export { ideaSnapshot, snapshotFrom, type IdeaText } from '@/modules/ideas/snapshot';

export interface ChangePart {
  change: 'same' | 'added' | 'removed';
  text: string;
}

/** Unchanged stretches longer than this are shortened to their ends, so the changes stand out. */
const longestUnchanged = 240;
const unchangedContext = 80;

function wordChanges(before: string, after: string): ChangePart[] {
  return diffWordsWithSpace(before, after).map((part) => {
    const change = part.added ? 'added' : part.removed ? 'removed' : 'same';
    if (change !== 'same' || part.value.length <= longestUnchanged) return { change, text: part.value };
    return { change, text: `${part.value.slice(0, unchangedContext)} … ${part.value.slice(-unchangedContext)}` };
  });
}

/**
 * What the author changed between a moderator's request and the resubmission (or between the
 * approved text and a pending edit), word by word; null when nothing did.
 */
export function changesSince(
  before: IdeaText,
  after: IdeaText,
): { title: ChangePart[] | null; body: ChangePart[] | null } | null {
  const title = before.title === after.title ? null : wordChanges(before.title, after.title);
  const body = before.body === after.body ? null : wordChanges(before.body, after.body);
  return title || body ? { title, body } : null;
}
