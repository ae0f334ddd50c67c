import { diffWordsWithSpace } from 'diff';
import { z } from 'zod';
import type { Prisma } from '@/modules/platform/db/client';
import { IdeaEventType } from '@/modules/platform/db/generated/enums';
import { involvedIdsOf, ownershipSelect } from '@/modules/ideas/ownership';
import { ideaBenefitNote, ideaTitle, lineBreaksAsLf } from '@/modules/ideas/schemas';

type Tx = Prisma.TransactionClient;

/** Absent fields stay as they are: the comment form, and bulk decisions, send only the text. */
const absentAsUndefined = <Schema extends z.ZodType>(schema: Schema) =>
  z.preprocess((value) => (value === null ? undefined : value), schema.optional());

/** What a moderator sends to edit personal data out; `redactedText` is the body or comment text. */
export const redactionFields = {
  redactedText: z.string().overwrite(lineBreaksAsLf).trim().max(20_000, 'validation.bodyTooLong').default(''),
  redactedTitle: absentAsUndefined(ideaTitle),
  /** Emptied: the note goes altogether. */
  redactedBenefitNote: absentAsUndefined(ideaBenefitNote),
};

export interface Redaction {
  text: string;
  title?: string | undefined;
  benefitNote?: string | undefined;
}

/** The fields as they were and as they are now, for the audit log (the only place the original lives on). */
export interface RedactionRecord {
  before: Record<string, string | null>;
  after: Record<string, string | null>;
}

/** A stretch of the original the moderator took out, and what they put in its place. */
export interface Removal {
  removed: string;
  replacement: string;
}

/** Shorter removals (a comma, "ja") would mangle every copy; personal data is longer than this. */
const shortestScrubbed = 3;

/** What the moderator took out of one field, word by word, longest first. */
export function removalsBetween(original: string, redacted: string): Removal[] {
  const removals: Removal[] = [];
  let current: Removal | null = null;
  for (const part of diffWordsWithSpace(original, redacted)) {
    if (!part.added && !part.removed) {
      if (current) removals.push(current);
      current = null;
      continue;
    }
    current ??= { removed: '', replacement: '' };
    if (part.removed) current.removed += part.value;
    else current.replacement += part.value;
  }
  if (current) removals.push(current);
  return removals
    .map((removal) => ({ removed: removal.removed.trim(), replacement: removal.replacement.trim() }))
    .filter((removal) => removal.removed.replace(/\s/g, '').length >= shortestScrubbed)
    .sort((a, b) => b.removed.length - a.removed.length);
}

const wordCharacter = /[\p{L}\p{N}]/u;

/** Every occurrence of `removed` that is not part of a longer word ("Ari" but not "Arimo"). */
function replaceWhole(text: string, removed: string, replacement: string): string {
  let result = '';
  let copiedUpTo = 0;
  let at = text.indexOf(removed);
  while (at !== -1) {
    const end = at + removed.length;
    const whole = !wordCharacter.test(text.charAt(at - 1)) && !wordCharacter.test(text.charAt(end));
    if (whole) {
      result += text.slice(copiedUpTo, at) + replacement;
      copiedUpTo = end;
    }
    at = text.indexOf(removed, whole ? end : at + 1);
  }
  return result + text.slice(copiedUpTo);
}

/** Replaces every whole-word occurrence of a removed stretch with its replacement. */
export function scrubText(text: string, removals: Removal[]): string {
  return removals.reduce((scrubbed, { removed, replacement }) => replaceWhole(scrubbed, removed, replacement), text);
}

/** Every string inside a JSON value scrubbed; a copy that was exactly an original becomes exactly its redaction. */
function scrubJson(value: Prisma.JsonValue, exact: Map<string, string>, removals: Removal[]): Prisma.JsonValue {
  if (typeof value === 'string') return exact.get(value) ?? scrubText(value, removals);
  if (Array.isArray(value)) return value.map((item) => scrubJson(item, exact, removals));
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, item === undefined ? null : scrubJson(item, exact, removals)]),
    );
  return value;
}

const changed = (before: string | null, after: string | null) => before !== after;

interface Copies {
  ideaId: number;
  commentId: number | null;
  writerIds: string[];
  exact: Map<string, string>;
  removals: Removal[];
}

/**
 * The places the redacted text was copied to: the idea's timeline (reasons and the snapshots kept
 * when a moderator sent it back or hid it), edits waiting for review, the reports on it (their
 * notes often quote it) and moderators' notes on the idea and about its writers. Notifications and
 * search vectors hold no copies of their own (the vectors are generated columns).
 */
async function scrubCopies(tx: Tx, { ideaId, commentId, writerIds, exact, removals }: Copies): Promise<void> {
  const scrub = (text: string) => exact.get(text) ?? scrubText(text, removals);
  const events = await tx.ideaEvent.findMany({ where: { ideaId }, select: { id: true, reason: true, data: true } });
  for (const event of events) {
    const reason = event.reason === null ? null : scrub(event.reason);
    const data = event.data === null ? null : scrubJson(event.data, exact, removals);
    if (reason === event.reason && JSON.stringify(data) === JSON.stringify(event.data)) continue;
    await tx.ideaEvent.update({ where: { id: event.id }, data: { reason, ...(data === null ? {} : { data }) } });
  }
  const revisions =
    commentId === null
      ? await tx.ideaRevision.findMany({
          where: { ideaId },
          select: { id: true, title: true, body: true, expectedBenefitNote: true, reason: true },
        })
      : [];
  for (const revision of revisions) {
    const scrubbed = {
      title: scrub(revision.title),
      body: scrub(revision.body),
      expectedBenefitNote: revision.expectedBenefitNote === null ? null : scrub(revision.expectedBenefitNote),
      reason: revision.reason === null ? null : scrub(revision.reason),
    };
    if (Object.entries(scrubbed).some(([key, value]) => value !== revision[key as keyof typeof scrubbed]))
      await tx.ideaRevision.update({ where: { id: revision.id }, data: scrubbed });
  }
  const flags = await tx.flag.findMany({
    where: commentId === null ? { ideaId } : { commentId },
    select: { id: true, note: true },
  });
  for (const flag of flags) {
    const note = flag.note === null ? null : scrub(flag.note);
    if (note !== flag.note) await tx.flag.update({ where: { id: flag.id }, data: { note } });
  }
  const notes = await tx.moderatorNote.findMany({
    where: { OR: [{ ideaId }, { userId: { in: writerIds } }] },
    select: { id: true, body: true },
  });
  for (const note of notes) {
    const body = scrub(note.body);
    if (body !== note.body) await tx.moderatorNote.update({ where: { id: note.id }, data: { body } });
  }
}

/** Pairs of (original, redacted) for the fields the moderator changed. */
function removalsOf(pairs: [string | null, string | null][]) {
  const exact = new Map<string, string>();
  const removals: Removal[] = [];
  for (const [original, redacted] of pairs) {
    if (original === null || original === redacted) continue;
    exact.set(original, redacted ?? '');
    removals.push(...removalsBetween(original, redacted ?? ''));
  }
  return { exact, removals: removals.sort((a, b) => b.removed.length - a.removed.length) };
}

/**
 * Edits personal data out of an idea or a comment, and out of every copy of it. Redacting keeps
 * the thing visible with the personal data taken out; the original text lives on only in the
 * audit log, which admins alone can read.
 */
export async function redact(
  tx: Tx,
  kind: 'idea' | 'comment',
  id: number,
  actorId: string,
  redaction: Redaction,
  reason: string,
): Promise<RedactionRecord> {
  if (kind === 'comment') {
    const comment = await tx.comment.findUniqueOrThrow({
      where: { id },
      select: { body: true, ideaId: true, authorId: true },
    });
    await tx.comment.update({ where: { id }, data: { body: redaction.text, hiddenAt: null, hiddenReason: null } });
    await scrubCopies(tx, {
      ideaId: comment.ideaId,
      commentId: id,
      writerIds: [comment.authorId],
      ...removalsOf([[comment.body, redaction.text]]),
    });
    return { before: { text: comment.body }, after: { text: redaction.text } };
  }
  const idea = await tx.idea.findUniqueOrThrow({
    where: { id },
    select: { title: true, body: true, expectedBenefitNote: true, ...ownershipSelect },
  });
  const title = redaction.title ?? idea.title;
  const benefitNote = redaction.benefitNote === undefined ? idea.expectedBenefitNote : redaction.benefitNote || null;
  await tx.idea.update({ where: { id }, data: { title, body: redaction.text, expectedBenefitNote: benefitNote } });
  const copies = removalsOf([
    [idea.title, title],
    [idea.body, redaction.text],
    [idea.expectedBenefitNote, benefitNote],
  ]);
  await scrubCopies(tx, { ideaId: id, commentId: null, writerIds: involvedIdsOf(idea), ...copies });
  await tx.ideaEvent.create({
    data: { ideaId: id, actorId, type: IdeaEventType.EDITED, reason: scrubText(reason, copies.removals) || null },
  });
  return {
    before: {
      text: idea.body,
      ...(changed(idea.title, title) ? { title: idea.title } : {}),
      ...(changed(idea.expectedBenefitNote, benefitNote) ? { benefitNote: idea.expectedBenefitNote } : {}),
    },
    after: {
      text: redaction.text,
      ...(changed(idea.title, title) ? { title } : {}),
      ...(changed(idea.expectedBenefitNote, benefitNote) ? { benefitNote } : {}),
    },
  };
}
