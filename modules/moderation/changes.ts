import { diffWordsWithSpace } from 'diff';

/** A type, not an interface, so that it fits Prisma's JSON input. */
export type IdeaText = { title: string; body: string };

/** What a moderator sent back, kept in the timeline event's data (never shown to colleagues). */
export function ideaSnapshot(idea: IdeaText): { snapshot: IdeaText } {
  return { snapshot: { title: idea.title, body: idea.body } };
}

export function snapshotFrom(data: unknown): IdeaText | null {
  const snapshot = typeof data === 'object' && data !== null ? (data as { snapshot?: unknown }).snapshot : null;
  if (typeof snapshot !== 'object' || snapshot === null) return null;
  const { title, body } = snapshot as Record<string, unknown>;
  return typeof title === 'string' && typeof body === 'string' ? { title, body } : null;
}

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
 * What the author changed between a moderator's request and the resubmission, word by word;
 * null when nothing did.
 */
export function changesSince(before: IdeaText, after: IdeaText): { title: ChangePart[] | null; body: ChangePart[] | null } | null {
  const title = before.title === after.title ? null : wordChanges(before.title, after.title);
  const body = before.body === after.body ? null : wordChanges(before.body, after.body);
  return title || body ? { title, body } : null;
}
