/** A type, not an interface, so that it fits Prisma's JSON input. */
export type IdeaText = { title: string; body: string };

/**
 * The text as it was when a moderator sent the idea back or hid it, kept in the timeline event's
 * data (never shown to colleagues), so the queue can show what changed when it returns.
 */
export function ideaSnapshot(idea: IdeaText): { snapshot: IdeaText } {
  return { snapshot: { title: idea.title, body: idea.body } };
}

export function snapshotFrom(data: unknown): IdeaText | null {
  const snapshot = typeof data === 'object' && data !== null ? (data as { snapshot?: unknown }).snapshot : null;
  if (typeof snapshot !== 'object' || snapshot === null) return null;
  const { title, body } = snapshot as Record<string, unknown>;
  return typeof title === 'string' && typeof body === 'string' ? { title, body } : null;
}
