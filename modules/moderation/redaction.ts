import { z } from 'zod';
import type { Prisma } from '@/modules/platform/db/client';
import { IdeaEventType } from '@/modules/platform/db/generated/enums';

type Tx = Prisma.TransactionClient;

/** Absent fields stay as they are: the comment form, and bulk decisions, send only the text. */
const optionalField = (max: number, message: string) => z.preprocess((value) => (value === null ? undefined : value), z.string().trim().max(max, message).optional());

/** What a moderator sends to edit personal data out; `redactedText` is the body or comment text. */
export const redactionFields = {
  redactedText: z.string().trim().max(20_000, 'validation.bodyTooLong').default(''),
  redactedTitle: optionalField(160, 'validation.titleTooLong'),
  redactedBenefitNote: optionalField(1000, 'validation.noteTooLong'),
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

/**
 * Edits personal data out of an idea or a comment. Redacting keeps the thing visible with the
 * personal data taken out; the original text lives on only in the audit log, which admins alone
 * can read.
 */
export async function redact(tx: Tx, kind: 'idea' | 'comment', id: number, actorId: string, redaction: Redaction, reason: string): Promise<RedactionRecord> {
  if (kind === 'comment') {
    const { body } = await tx.comment.findUniqueOrThrow({ where: { id }, select: { body: true } });
    await tx.comment.update({ where: { id }, data: { body: redaction.text, hiddenAt: null, hiddenReason: null } });
    return { before: { text: body }, after: { text: redaction.text } };
  }
  const { body } = await tx.idea.findUniqueOrThrow({ where: { id }, select: { body: true } });
  await tx.idea.update({ where: { id }, data: { body: redaction.text } });
  await tx.ideaEvent.create({ data: { ideaId: id, actorId, type: IdeaEventType.EDITED, reason } });
  return { before: { text: body }, after: { text: redaction.text } };
}
