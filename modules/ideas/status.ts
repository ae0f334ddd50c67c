import { IdeaStatus } from '@/modules/platform/db/generated/enums';

/**
 * Statuses in which colleagues can see an idea. The full lifecycle (who may move an idea where)
 * is the state machine's job; this is only the visibility rule the read side needs.
 */
export const publicStatuses = [
  IdeaStatus.PUBLISHED,
  IdeaStatus.SHORTLISTED,
  IdeaStatus.DECLINED,
  IdeaStatus.EVALUATION,
  IdeaStatus.EXPERIMENT,
  IdeaStatus.IMPLEMENTATION,
  IdeaStatus.IMPLEMENTED,
  IdeaStatus.DISCONTINUED,
  IdeaStatus.ARCHIVED,
] as const satisfies readonly IdeaStatus[];

export type PublicStatus = (typeof publicStatuses)[number];

/** The database spells statuses in lower case (`@map`); raw SQL compares against these. */
export function sqlStatuses(statuses: readonly IdeaStatus[]): string[] {
  return statuses.map((status) => status.toLowerCase());
}

/** A status read by raw SQL, back to the client's enum. */
export function statusFromSql(value: string): IdeaStatus {
  return value.toUpperCase() as IdeaStatus;
}
