'use client';

import { MoreHorizontal } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useRef, useState } from 'react';
import { DropdownMenu } from 'radix-ui';
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
  'flex min-h-11 cursor-pointer items-center rounded px-3 outline-none select-none data-[highlighted]:bg-surface data-[highlighted]:underline';
const buttonClass = 'min-h-11 rounded px-2 text-brand underline underline-offset-4';

/**
 * Reply stays in view; edit, report and delete sit in a menu (only signed-in readers get this
 * component, so signed-out pages load no menu code). Delete asks first in a native modal
 * `<dialog>`: it makes the rest of the page inert without the aria-hidden marking and injected
 * styles of a script dialog (which our CSP refuses). Focus returns to the menu button on cancel and
 * to the discussion's heading once the comment is gone. The menu is not modal for the same reasons.
 */
export function CommentTools(props: CommentToolsProps) {
  const { ideaId, commentId, threadId, authorName, canReply, editableBody, canDelete, canReport } = props;
  const t = useTranslations('ideas.comments');
  const [open, setOpen] = useState<'reply' | 'edit' | 'report' | null>(null);
  const confirmation = useRef<HTMLDialogElement>(null);
  const deleting = useRef(false);
  const trigger = useRef<HTMLButtonElement>(null);
  /** A menu item that opens a form moves focus into it instead of back to the menu button. */
  const focusLeavesMenu = useRef(false);
  const hasMenu = editableBody !== null || canDelete || canReport;
  const openForm = (form: 'edit' | 'report') => {
    focusLeavesMenu.current = true;
    setOpen(form);
  };
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
        {hasMenu && (
          <DropdownMenu.Root modal={false}>
            <DropdownMenu.Trigger
              ref={trigger}
              aria-label={t('actionsFor', { name: authorName })}
              className="inline-flex min-h-11 min-w-11 items-center justify-center rounded text-brand"
            >
              <MoreHorizontal aria-hidden="true" size={20} />
            </DropdownMenu.Trigger>
            <DropdownMenu.Portal>
              <DropdownMenu.Content
                align="start"
                sideOffset={4}
                onCloseAutoFocus={(event) => {
                  if (focusLeavesMenu.current) event.preventDefault();
                  focusLeavesMenu.current = false;
                }}
                className="z-20 min-w-48 rounded-lg border border-line bg-white p-1 text-sm shadow-lg"
              >
                {editableBody !== null && (
                  <DropdownMenu.Item className={itemClass} onSelect={() => openForm('edit')}>
                    {t('edit')}
                  </DropdownMenu.Item>
                )}
                {canReport && (
                  <DropdownMenu.Item className={itemClass} onSelect={() => openForm('report')}>
                    {t('report')}
                  </DropdownMenu.Item>
                )}
                {canDelete && (
                  <DropdownMenu.Item
                    className={`${itemClass} text-red-800`}
                    onSelect={() => {
                      focusLeavesMenu.current = true;
                      confirmation.current?.showModal();
                    }}
                  >
                    {t('delete')}
                  </DropdownMenu.Item>
                )}
              </DropdownMenu.Content>
            </DropdownMenu.Portal>
          </DropdownMenu.Root>
        )}
      </div>
      {open === 'reply' && <CommentForm ideaId={ideaId} parentId={threadId} onDone={() => setOpen(null)} />}
      {open === 'edit' && editableBody !== null && (
        <CommentForm ideaId={ideaId} edit={{ commentId, body: editableBody }} onDone={close} />
      )}
      {open === 'report' && <FlagForm target="comment" targetId={commentId} onCancel={close} />}
      {canDelete && (
        <dialog
          ref={confirmation}
          role="alertdialog"
          aria-labelledby={`delete-${commentId}-title`}
          aria-describedby={`delete-${commentId}-body`}
          onClose={() => {
            if (!deleting.current) trigger.current?.focus();
          }}
          className="m-auto w-[min(92vw,28rem)] rounded-lg bg-white p-4 shadow-xl backdrop:bg-black/40"
        >
          <h2 id={`delete-${commentId}-title`} className="text-lg font-bold">
            {t('deleteTitle')}
          </h2>
          <p id={`delete-${commentId}-body`} className="mt-2">
            {t('deleteBody')}
          </p>
          <form
            action={async (form) => {
              deleting.current = true;
              await deleteCommentAction(form);
              confirmation.current?.close();
              // The comment is gone (and this dialog with it): the discussion's heading says how many remain.
              document.getElementById('comments-heading')?.focus();
            }}
            className="mt-4 flex flex-wrap justify-end gap-3"
          >
            <input type="hidden" name="commentId" value={commentId} />
            <button
              type="button"
              onClick={() => confirmation.current?.close()}
              className="min-h-11 rounded border border-line px-4"
            >
              {t('cancel')}
            </button>
            <button type="submit" className="min-h-11 rounded bg-red-800 px-4 font-semibold text-white">
              {t('deleteConfirm')}
            </button>
          </form>
        </dialog>
      )}
    </div>
  );
}
