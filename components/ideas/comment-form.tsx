'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useId, useRef } from 'react';
import type { FormState } from '@/modules/access/mutation';
import { addCommentAction, editCommentAction } from '@/modules/ideas/actions';
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

/** Writing, replying and editing: errors next to the field, and a refused text stays. */
export function CommentForm({ ideaId, parentId, edit, canPostOfficially = false, onDone }: CommentFormProps) {
  const t = useTranslations('ideas.comments');
  const id = useId();
  const body = useRef<HTMLTextAreaElement>(null);
  const [state, submit, pending] = useActionState(
    async (previous: FormState, form: FormData) => {
      const next = await (edit ? editCommentAction(previous, form) : addCommentAction(previous, form));
      if (next.ok) onDone?.();
      return next;
    },
    { ok: false } as FormState,
  );
  const { text, fieldError } = useFormMessages(state);
  const error = fieldError('body');
  const label = edit ? t('editLabel') : parentId ? t('replyLabel') : t('newLabel');

  return (
    <form action={submit} className="mt-3 grid gap-2" noValidate>
      <input type="hidden" name="ideaId" value={ideaId} />
      {parentId && <input type="hidden" name="parentId" value={parentId} />}
      {edit && <input type="hidden" name="commentId" value={edit.commentId} />}
      <label htmlFor={`${id}-body`} className="font-semibold">
        {label}
      </label>
      <textarea
        id={`${id}-body`}
        name="body"
        ref={body}
        rows={parentId || edit ? 3 : 4}
        key={state.ok ? `sent-${state.id}` : 'draft'}
        defaultValue={state.values?.body ?? edit?.body ?? ''}
        aria-invalid={Boolean(error)}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
        className="block w-full rounded border border-line bg-white p-3"
      />
      <p id={`${id}-hint`} className="text-sm text-muted">
        {t('markdownHint')}
      </p>
      <MentionPicker
        onPick={(colleague) => {
          const field = body.current;
          if (!field) return;
          // Names cannot contain the brackets that delimit a mention.
          const mention = `@[${colleague.name.replace(/[[\]]/g, '')}](${colleague.id}) `;
          field.setRangeText(mention, field.selectionStart, field.selectionEnd, 'end');
          field.focus();
        }}
      />
      {error && (
        <p id={`${id}-error`} className="text-sm text-red-800">
          {error}
        </p>
      )}
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
        <p aria-live="polite" className="text-sm text-red-800">
          {!state.ok && state.message && !error ? text(state.message) : ''}
        </p>
      </div>
    </form>
  );
}
