'use server';

import { getLocale } from 'next-intl/server';
import { getCurrentUser } from '@/modules/access/current-user';
import { requestOrigin } from '@/modules/audit/request-origin';
import { redirect } from '@/modules/i18n/navigation';
import { db } from '@/modules/platform/db';
import { boardQuery } from './board-query';
import { moveCard, type MoveState } from './moves';

function text(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
}

/**
 * The board's "Siirrä" form and its drag and keyboard moves (`moveCard` authenticates, validates and
 * authorises). A move that happened, or was lost to someone faster, goes back to the board with the
 * outcome in the URL: the card is then in another column, so the answer is told at the board's top
 * (with or without JavaScript), keeping the reader's filters. A refused form keeps what was typed.
 */
export async function moveCardAction(_previous: MoveState, form: FormData): Promise<MoveState> {
  const fields = {
    ideaId: text(form, 'ideaId'),
    from: text(form, 'from'),
    to: text(form, 'to'),
    reason: text(form, 'reason'),
  };
  const state = await moveCard(db, await getCurrentUser(), fields, await requestOrigin());
  if (state.current) {
    const outcome = { moved: fields.ideaId, outcome: state.ok ? 'done' : 'conflict', stage: state.current };
    redirect({
      href: { pathname: '/accelerator', query: { ...boardQuery(text(form, 'back')), ...outcome } },
      locale: await getLocale(),
    });
  }
  return { ...state, values: { to: fields.to, reason: fields.reason } };
}
