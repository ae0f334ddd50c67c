'use client';

import { useEffect, useRef } from 'react';
import { previewHtml } from '@/modules/notifications/mailbox-preview';

/**
 * A mailbox message's HTML in a frame with no scripts, forms or navigation and an origin of its
 * own. The frame inherits this document's Content-Security-Policy, so its styles carry this
 * document's nonce, read here in the browser: after a client navigation the server's render had
 * another request's nonce (decision 0035).
 */
export function MailboxHtmlFrame({ html, title }: { html: string; title: string }) {
  const frame = useRef<HTMLIFrameElement>(null);
  useEffect(() => {
    const nonce = document.querySelector<HTMLScriptElement>('script[nonce]')?.nonce;
    if (frame.current) frame.current.srcdoc = nonce ? previewHtml(html, nonce) : html;
  }, [html]);
  return (
    <iframe
      ref={frame}
      sandbox=""
      title={title}
      className="mt-2 h-[32rem] w-full rounded-lg border border-line bg-white"
    />
  );
}
