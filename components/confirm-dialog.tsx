'use client';

import { useId, useLayoutEffect, useRef, type ReactNode, type RefObject } from 'react';

interface ConfirmDialogProps {
  /** Shown as a modal while true. The parent owns this: `onCancel` and a done confirmation set it false. */
  open: boolean;
  title: string;
  /** What will happen; read out with the title when the dialog opens. */
  description: ReactNode;
  /** More to show under the description (a list of what is affected, an error from a refused try). */
  children?: ReactNode;
  cancelLabel: string;
  /** The confirming control: a button, or a `<form>` around a submit button for a server action. */
  confirm: ReactNode;
  /** The person said no (Cancel or Escape). */
  onCancel: () => void;
  /** Where the focus goes back after a cancel; the browser's own choice when not given. */
  returnFocusTo?: RefObject<HTMLElement | null>;
}

/**
 * A confirmation before something that cannot be undone, as a native modal `<dialog
 * role="alertdialog">`: the browser makes the rest of the page inert, traps the focus and closes
 * on Escape, with no `aria-hidden` marking or injected `<style>` (a script dialog's, which our
 * nonce CSP refuses; decision 0018). Opening focuses Cancel (the safe choice). Cancel and Escape
 * call `onCancel` and return the focus to `returnFocusTo`. After a confirmation the parent sets
 * `open` false and moves the focus itself (e.g. to what replaced the removed thing); if it must
 * move the focus at once, close first with `flushSync(() => setOpen(false))`, since an open
 * modal dialog keeps the rest of the page inert.
 *
 *   <ConfirmDialog open={asking} title={t('deleteTitle')} description={t('deleteBody')}
 *     cancelLabel={t('cancel')} onCancel={() => setAsking(false)} returnFocusTo={menuButton}
 *     confirm={<button type="button" onClick={remove}>{t('deleteConfirm')}</button>} />
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { open, title, description, children, cancelLabel, confirm, onCancel, returnFocusTo } = props;
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  // A layout effect, so a parent closing it inside `flushSync` finds the page usable right after.
  useLayoutEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      element.showModal();
      cancel.current?.focus();
    } else if (!open && element.open) element.close();
  }, [open]);

  return (
    <dialog
      ref={dialog}
      role="alertdialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-description`}
      // Closed while still meant to be open: the person closed it (Cancel or Escape), not the parent.
      onClose={() => {
        if (!open) return;
        onCancel();
        returnFocusTo?.current?.focus();
      }}
      className="m-auto w-[min(92vw,32rem)] rounded-lg bg-white p-4 text-ink shadow-xl backdrop:bg-black/40"
    >
      {open && (
        <>
          <h2 id={`${id}-title`} className="text-lg font-bold">
            {title}
          </h2>
          <div id={`${id}-description`} className="mt-2">
            {description}
          </div>
          {children}
          {/* On a phone both choices full width, the confirming one last; side by side from sm up. */}
          <div className="mt-4 flex flex-col gap-3 sm:flex-row sm:justify-end [&_button]:w-full sm:[&_button]:w-auto">
            <button
              ref={cancel}
              type="button"
              onClick={() => dialog.current?.close()}
              className="min-h-11 rounded border border-line px-4"
            >
              {cancelLabel}
            </button>
            {confirm}
          </div>
        </>
      )}
    </dialog>
  );
}
