import type { z } from 'zod';
import { can, type Action, type Actor, type Owned } from './permissions';

/** What a form gets back from a mutation: field errors and a message, as translation keys. */
export interface FormState {
  ok: boolean;
  message?: string;
  fieldErrors?: Record<string, string[]>;
  /** What was submitted, so a refused form can show it again (React resets forms after actions). */
  values?: Record<string, string>;
  /** The id of what was created or changed, e.g. to go to it. */
  id?: number;
}

export type MutationStart<Input> = { ok: true; actor: Actor; input: Input } | { ok: false; state: FormState };

/**
 * The first three steps of every mutation, in order: authenticated actor → valid input → permission.
 * The resource may be looked up (e.g. an idea's authors) once the input is known to be valid.
 * Messages are translation keys under `errors.` / `validation.`; the caller continues with the
 * transaction, audit entry, notifications and revalidation.
 */
export async function beginMutation<Schema extends z.ZodType>(
  actor: Actor | null,
  schema: Schema,
  raw: unknown,
  action: Action,
  resource?: (input: z.infer<Schema>) => Owned | undefined | Promise<Owned | undefined>,
): Promise<MutationStart<z.infer<Schema>>> {
  if (!actor?.active) return { ok: false, state: { ok: false, message: 'errors.signInRequired' } };
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path.join('.') || 'form';
      (fieldErrors[field] ??= []).push(issue.message);
    }
    return { ok: false, state: { ok: false, message: 'errors.invalid', fieldErrors } };
  }
  if (!can(actor, action, await resource?.(parsed.data)))
    return { ok: false, state: { ok: false, message: 'errors.forbidden' } };
  return { ok: true, actor, input: parsed.data };
}
