'use client';

import { useEffect, useSyncExternalStore } from 'react';
import { useMe } from '@/components/me-provider';
import type { CardReaderState } from '@/modules/ideas/card-reader-states';

// The idea lists are stored pages, the same for every reader (decision 0008). Each card's vote
// button learns whose it is from here: the cards shown together ask in one request, not one each.

/**
 * `rendered`: before hydration, the card's own props hold (and without JavaScript, the button
 * does what its "not yet" label says). `loading`: the reader's state is on its way. `signedOut`:
 * nobody to vote. `unknown`: the state could not be had; like `rendered`, a press does what it says.
 */
export type CardReaderView =
  { kind: 'rendered' | 'loading' | 'signedOut' | 'unknown' } | { kind: 'known'; state: CardReaderState };

/** The batch endpoint's bound (MAX_CARD_READER_STATE_IDS); a longer list asks in several parts. */
const BATCH = 50;

const views = new Map<number, CardReaderView>();
const listeners = new Set<() => void>();
let queued = new Set<number>();

function publish(ids: Iterable<number>, view: (id: number) => CardReaderView) {
  for (const id of ids) views.set(id, view(id));
  for (const listener of listeners) listener();
}

async function askFor(ids: number[]) {
  try {
    const response = await fetch(`/api/ideas/reader?ids=${ids.join(',')}`, { cache: 'no-store' });
    if (response.status === 401) return publish(ids, () => ({ kind: 'signedOut' }));
    if (!response.ok) return publish(ids, () => ({ kind: 'unknown' }));
    const { states } = (await response.json()) as { states: Record<string, CardReaderState> };
    publish(ids, (id) => {
      const state = states[id];
      return state ? { kind: 'known', state } : { kind: 'unknown' };
    });
  } catch {
    publish(ids, () => ({ kind: 'unknown' }));
  }
}

/** Cards mount together in one commit; their asks are gathered until it ends and sent at once. */
function want(id: number) {
  if (queued.size === 0)
    queueMicrotask(() => {
      const ids = [...queued];
      queued = new Set();
      for (let start = 0; start < ids.length; start += BATCH) void askFor(ids.slice(start, start + BATCH));
    });
  queued.add(id);
  publish([id], () => ({ kind: 'loading' }));
}

/** After the reader's own vote is answered: the card shows it at once, and so will a card remounted later. */
export function settleCardVote(id: number, voted: boolean, voteCount: number) {
  publish([id], () => ({ kind: 'known', state: { voted, voteCount, ownIdea: false } }));
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const rendered: CardReaderView = { kind: 'rendered' };
const loading: CardReaderView = { kind: 'loading' };

/** This reader's vote on one card's idea, asked for afresh on each mount once they are known to be signed in. */
export function useCardReaderState(ideaId: number): CardReaderView {
  const me = useMe();
  const signedIn = me === null ? null : me.user !== null;
  useEffect(() => {
    if (signedIn) want(ideaId);
    else if (signedIn === false) publish([ideaId], () => ({ kind: 'signedOut' }));
  }, [ideaId, signedIn]);
  const view = useSyncExternalStore(
    subscribe,
    () => views.get(ideaId) ?? null,
    () => undefined,
  );
  // Hydrated but nothing asked yet: who is reading is still on its way (/api/me).
  return view === undefined ? rendered : (view ?? loading);
}
