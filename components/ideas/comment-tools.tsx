'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { CommentForm } from './comment-form';

interface CommentToolsProps {
  ideaId: number;
  commentId: number;
  /** Replies go to the thread's top comment: one level deep. */
  threadId: number;
  canReply: boolean;
  editableBody: string | null;
}

/** Reply and edit open a form in place; without JavaScript the page's own form still works. */
export function CommentTools({ ideaId, commentId, threadId, canReply, editableBody }: CommentToolsProps) {
  const t = useTranslations('ideas.comments');
  const [open, setOpen] = useState<'reply' | 'edit' | null>(null);
  return (
    <div>
      <div className="flex flex-wrap gap-2">
        {canReply && (
          <button
            type="button"
            aria-expanded={open === 'reply'}
            onClick={() => setOpen(open === 'reply' ? null : 'reply')}
            className="min-h-11 rounded px-2 text-brand underline underline-offset-4"
          >
            {t('reply')}
          </button>
        )}
        {editableBody !== null && (
          <button
            type="button"
            aria-expanded={open === 'edit'}
            onClick={() => setOpen(open === 'edit' ? null : 'edit')}
            className="min-h-11 rounded px-2 text-brand underline underline-offset-4"
          >
            {t('edit')}
          </button>
        )}
      </div>
      {open === 'reply' && <CommentForm ideaId={ideaId} parentId={threadId} onDone={() => setOpen(null)} />}
      {open === 'edit' && editableBody !== null && (
        <CommentForm ideaId={ideaId} edit={{ commentId, body: editableBody }} onDone={() => setOpen(null)} />
      )}
    </div>
  );
}
