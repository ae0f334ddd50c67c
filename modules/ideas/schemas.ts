import { z } from 'zod';
import { commentLimits, ideaLimits } from './limits';

/** Empty form fields arrive as ''; optional numbers and notes treat that as "not given". */
const optional = <Schema extends z.ZodType>(schema: Schema) =>
  z.preprocess((value) => (value === '' || value === null ? undefined : value), schema.optional());

/** A form posted as multipart (every server action) sends each line break as CRLF; stored text uses LF. */
export const lineBreaksAsLf = (text: string) => text.replace(/\r\n?/g, '\n');

/** An idea's title and benefit note, wherever they are written (the idea form, a moderator's redaction). */
export const ideaTitle = z
  .string()
  .trim()
  .min(ideaLimits.title.min, 'validation.titleTooShort')
  .max(ideaLimits.title.max, 'validation.titleTooLong');
export const ideaBenefitNote = z
  .string()
  .overwrite(lineBreaksAsLf)
  .trim()
  .max(ideaLimits.benefitNote.max, 'validation.noteTooLong');

export const ideaInput = z.object({
  /** Absent for a new idea. */
  ideaId: z.coerce.number().int().positive().optional(),
  title: ideaTitle,
  body: z
    .string()
    .overwrite(lineBreaksAsLf)
    .trim()
    .min(ideaLimits.body.min, 'validation.bodyTooShort')
    .max(ideaLimits.body.max, 'validation.bodyTooLong'),
  categoryId: z.uuid('validation.categoryRequired'),
  departmentIds: z
    .array(z.uuid('validation.invalid'))
    .max(ideaLimits.departments, 'validation.tooManyDepartments')
    .default([]),
  expectedSavingsEur: optional(
    z.coerce.number('validation.number').min(0, 'validation.notNegative').max(100_000_000, 'validation.tooLarge'),
  ),
  expectedHoursSaved: optional(
    z.coerce
      .number('validation.number')
      .int('validation.wholeNumber')
      .min(0, 'validation.notNegative')
      .max(10_000_000, 'validation.tooLarge'),
  ),
  expectedBenefitNote: optional(ideaBenefitNote),
  coAuthorIds: z
    .array(z.uuid('validation.invalid'))
    .max(ideaLimits.coAuthors, 'validation.tooManyCoAuthors')
    .default([]),
  anonymous: z.boolean().default(false),
  /** The campaign it is posted into; chosen while a draft, fixed once submitted. */
  campaignId: optional(z.uuid('validation.invalid')),
  /** Save as draft, or save and send to moderation. */
  intent: z.enum(['draft', 'submit']),
});

export type IdeaInput = z.infer<typeof ideaInput>;

const commentBody = z
  .string()
  .overwrite(lineBreaksAsLf)
  .trim()
  .min(commentLimits.body.min, 'validation.commentTooShort')
  .max(commentLimits.body.max, 'validation.commentTooLong');

export const commentInput = z.object({
  ideaId: z.coerce.number().int().positive(),
  parentId: optional(z.coerce.number().int().positive()),
  body: commentBody,
  official: z.boolean().default(false),
});

export const commentEditInput = z.object({
  commentId: z.coerce.number().int().positive(),
  body: commentBody,
});
