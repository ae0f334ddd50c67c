'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useEffect, useId, useRef, useState } from 'react';
import { CharacterCount, Field, controlClass, useErrorTitle, useLimitHint } from '@/components/forms';
import type { FormState } from '@/modules/access/mutation';
import { addCommentAction, editCommentAction } from '@/modules/ideas/actions';
import { commentLimits } from '@/modules/ideas/limits';
import { MentionPicker } from './mention-picker';
import { useFormMessages } from '@/components/use-form-messages';

interface CommentFormProps {
  ideaId: number;
  parentId?: number;
  /** Editing an existing comment instead of writing a new one. */
  edit?: { commentId: number; body: string };
  canPostOfficially?: boolean;
  onDone?: () => void;
}

/**
 * Writing, replying and editing. A single field, so a refusal needs no summary: whatever the
 * reason (the text, a locked discussion, the rate limit) is said at the field, which takes the
 * focus. A sent comment takes the focus itself, so the writer hears it arrived and where it is.
 */
export function CommentForm({ ideaId, parentId, edit, canPostOfficially = false, onDone }: CommentFormProps) {
  const t = useTranslations('ideas.comments');
  const forms = useTranslations('forms');
  const limitHint = useLimitHint();
  const id = `${useId()}-body`;
  const body = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState(edit?.body ?? '');
  const [state, submit, pending] = useActionState(
    async (previous: FormState, form: FormData) => {
      const next = await (edit ? editCommentAction(previous, form) : addCommentAction(previous, form));
      if (next.ok) {
        setText('');
        onDone?.();
      }
      return next;
    },
    { ok: false } as FormState,
  );
  const { text: message, fieldError } = useFormMessages(state);
  const error = fieldError('body') ?? (!state.ok && state.message ? message(state.message) : undefined);
  const label = edit ? t('editLabel') : parentId ? t('replyLabel') : t('newLabel');
  useErrorTitle(Boolean(error), (title) => forms('errorTitle', { title }));

  // A reply or edit opened by its button starts at the field; a refusal brings the writer back to it.
  const openedByButton = Boolean(parentId || edit);
  useEffect(() => {
    if (openedByButton) body.current?.focus();
  }, [openedByButton]);
  const editing = Boolean(edit);
  useEffect(() => {
    if (error) body.current?.focus();
    else if (state.ok && state.id && !editing) document.getElementById(`comment-${state.id}`)?.focus();
  }, [state, error, editing]);

  return (
    <form
      action={submit}
      // A new top-level comment stands apart from the discussion above it.
      className={parentId || edit ? 'mt-3 grid gap-2' : 'mt-8 grid gap-2 border-t border-line pt-6'}
      noValidate
    >
      <input type="hidden" name="ideaId" value={ideaId} />
      {parentId && <input type="hidden" name="parentId" value={parentId} />}
      {edit && <input type="hidden" name="commentId" value={edit.commentId} />}
      <Field
        id={id}
        label={label}
        hint={`${limitHint(commentLimits.body)} ${t('markdownHint')}`}
        error={error}
        describedByIds={[`${id}-count`]}
        after={<CharacterCount id={id} value={text} limits={commentLimits.body} />}
      >
        {(control) => (
          <textarea
            {...control}
            name="body"
            ref={body}
            rows={parentId || edit ? 3 : 4}
            key={state.ok ? `sent-${state.id}` : 'draft'}
            defaultValue={state.values?.body ?? edit?.body ?? ''}
            onChange={(event) => setText(event.target.value)}
            className={controlClass(control['aria-invalid'], true)}
          />
        )}
      </Field>
      {/* A block of its own: a grid item would stretch the closed picker's button and centre its text. */}
      <div>
        <MentionPicker
          onPick={(colleague) => {
            const field = body.current;
            if (!field) return;
            // Names cannot contain the brackets that delimit a mention.
            const mention = `@[${colleague.name.replace(/[[\]]/g, '')}](${colleague.id}) `;
            field.setRangeText(mention, field.selectionStart, field.selectionEnd, 'end');
            setText(field.value);
            field.focus();
          }}
        />
      </div>
      {canPostOfficially && !edit && !parentId && (
        <label className="inline-flex min-h-11 items-center gap-2">
          <input type="checkbox" name="official" defaultChecked={state.values?.official === 'on'} className="size-5" />
          {t('official')}
        </label>
      )}
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className="min-h-11 rounded bg-brand px-4 font-semibold text-white">
          {edit ? t('saveEdit') : t('send')}
        </button>
        {onDone && (
          <button type="button" onClick={onDone} className="min-h-11 rounded border border-line px-4">
            {t('cancel')}
          </button>
        )}
        <p role="status" className="text-sm text-emerald-900">
          {state.ok && state.message ? message(state.message) : ''}
        </p>
      </div>
    </form>
  );
}
