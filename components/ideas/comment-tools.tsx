'use client';

import { MoreHorizontal } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { MenuButton, type MenuAction } from '@/components/menu-button';
import { useFormMessages } from '@/components/use-form-messages';
import { deleteCommentAction } from '@/modules/ideas/actions';
import { CommentForm } from './comment-form';
import { FlagForm } from './flag-form';

interface CommentToolsProps {
  ideaId: number;
  commentId: number;
  /** Replies go to the thread's top comment: one level deep. */
  threadId: number;
  authorName: string;
  canReply: boolean;
  editableBody: string | null;
  canDelete: boolean;
  canReport: boolean;
}

const itemClass =
  'flex min-h-11 w-full cursor-pointer items-center rounded px-3 text-left outline-none select-none hover:bg-surface hover:underline focus:bg-surface focus:underline';
const buttonClass = 'min-h-11 rounded px-2 text-brand underline underline-offset-4';

/**
 * Reply stays in view; edit, report and delete sit in a menu (only signed-in readers get this
 * component, loaded on demand, so signed-out pages load none of it: components/ideas/on-demand.tsx).
 * Delete asks first in a `ConfirmDialog` (a native modal `<dialog>`); focus returns to the menu
 * button on cancel and goes to the discussion's heading once the comment is gone, and a refusal is
 * said inside the dialog, which stays open. The menu is not modal (decisions 0018, 0040).
 */
export function CommentTools(props: CommentToolsProps) {
  const { ideaId, commentId, threadId, authorName, canReply, editableBody, canDelete, canReport } = props;
  const t = useTranslations('ideas.comments');
  const [open, setOpen] = useState<'reply' | 'edit' | 'report' | null>(null);
  const [confirming, setConfirming] = useState(false);
  /** Why the delete was refused (e.g. the comment was already gone), said inside the dialog. */
  const [refusal, setRefusal] = useState<string | null>(null);
  const { text } = useFormMessages({ ok: true });
  const trigger = useRef<HTMLButtonElement>(null);
  const actions: MenuAction[] = [];
  if (editableBody !== null) actions.push({ key: 'edit', label: t('edit'), onSelect: () => setOpen('edit') });
  if (canReport) actions.push({ key: 'report', label: t('report'), onSelect: () => setOpen('report') });
  if (canDelete) {
    actions.push({
      key: 'delete',
      label: t('delete'),
      className: `${itemClass} text-red-800`,
      onSelect: () => {
        setRefusal(null);
        setConfirming(true);
      },
    });
  }
  const close = () => {
    setOpen(null);
    trigger.current?.focus();
  };

  return (
    <div>
      <div className="flex flex-wrap items-center gap-2">
        {canReply && (
          <button
            type="button"
            aria-expanded={open === 'reply'}
            onClick={() => setOpen(open === 'reply' ? null : 'reply')}
            className={buttonClass}
          >
            {t('reply')}
          </button>
        )}
        {actions.length > 0 && (
          <MenuButton
            label={t('actionsFor', { name: authorName })}
            actions={actions}
            triggerRef={trigger}
            buttonClassName="inline-flex min-h-11 min-w-11 items-center justify-center rounded text-brand"
            menuClassName="absolute top-full left-0 z-20 mt-1 min-w-48 rounded-lg border border-line bg-white p-1 text-sm shadow-lg"
            itemClassName={itemClass}
          >
            <MoreHorizontal aria-hidden="true" size={20} />
          </MenuButton>
        )}
      </div>
      {open === 'reply' && <CommentForm ideaId={ideaId} parentId={threadId} onDone={() => setOpen(null)} />}
      {open === 'edit' && editableBody !== null && (
        <CommentForm ideaId={ideaId} edit={{ commentId, body: editableBody }} onDone={close} />
      )}
      {open === 'report' && <FlagForm target="comment" targetId={commentId} onCancel={close} />}
      {canDelete && (
        <ConfirmDialog
          open={confirming}
          title={t('deleteTitle')}
          description={t('deleteBody')}
          cancelLabel={t('cancel')}
          returnFocusTo={trigger}
          onCancel={() => setConfirming(false)}
          confirm={
            <form
              action={async (form) => {
                const answer = await deleteCommentAction(form);
                if (!answer.ok) {
                  setRefusal(answer.message ?? 'errors.invalid');
                  return;
                }
                flushSync(() => setConfirming(false));
                // The comment is gone (and this dialog with it): the discussion's heading says how many remain.
                document.getElementById('comments-heading')?.focus();
              }}
            >
              <input type="hidden" name="commentId" value={commentId} />
              <button type="submit" className="min-h-11 rounded bg-red-800 px-4 font-semibold text-white">
                {t('deleteConfirm')}
              </button>
            </form>
          }
        >
          <p role="alert" className={refusal ? 'mt-2 font-semibold text-red-800' : undefined}>
            {refusal ? text(refusal) : ''}
          </p>
        </ConfirmDialog>
      )}
    </div>
  );
}
