import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { PlainReaders } from './plain-readers';
import type { PlainReaderCheck } from './policy';

/** A made-up domain's check whose answers the test sets, counting how often the store asks. */
function fakeCheck() {
  const holders = new Map<string, string | null>();
  const people = new Map<number, string[]>();
  const asked = { holders: 0, people: 0 };
  let heldBack: { itemId: number; release: () => void } | null = null;
  const check: PlainReaderCheck = {
    holderOf: async (_db, token) => {
      asked.holders += 1;
      return holders.get(token) ?? null;
    },
    peopleOf: async (_db, itemId) => {
      asked.people += 1;
      const answer = [...(people.get(itemId) ?? [])];
      const held = heldBack?.itemId === itemId ? heldBack : null;
      if (held) {
        heldBack = null;
        await new Promise<void>((resolve) => (held.release = resolve));
      }
      return answer;
    },
  };
  return {
    check,
    holders,
    people,
    asked,
    /** The next load of the item's people waits (with the answer it read) until released. */
    holdBack(itemId: number) {
      const held = { itemId, release: () => {} };
      heldBack = held;
      return () => held.release();
    },
  };
}

describe('plain readers, kept', () => {
  // Never connects: the made-up check does not use it.
  const pool = new pg.Pool({ max: 1 });
  afterAll(() => pool.end());
  const clock = () => {
    let now = 1_000_000;
    return { now: () => now, pass: (ms: number) => (now += ms) };
  };

  it('asks who holds a session once per window and who has a part in an item once until it changes', async () => {
    const fake = fakeCheck();
    const time = clock();
    const readers = new PlainReaders(fake.check, { holderMs: 30_000, now: time.now });
    fake.holders.set('reader-session', 'reader');
    fake.people.set(7, ['author']);
    for (let ask = 0; ask < 3; ask++) expect(await readers.isPlainReader(pool, 'reader-session', 7)).toBe(true);
    expect(fake.asked).toEqual({ holders: 1, people: 1 });

    // Signed out, or made a moderator: still the kept holder until the window has passed.
    fake.holders.set('reader-session', null);
    time.pass(29_999);
    expect(await readers.isPlainReader(pool, 'reader-session', 7)).toBe(true);
    time.pass(1);
    expect(await readers.isPlainReader(pool, 'reader-session', 7)).toBe(false);
    expect(fake.asked).toEqual({ holders: 2, people: 1 });

    // The item's people are kept until a notice names the item, then read again.
    fake.holders.set('reader-session', 'reader');
    time.pass(30_000);
    fake.people.set(7, ['author', 'reader']);
    expect(await readers.isPlainReader(pool, 'reader-session', 7)).toBe(true);
    readers.itemChanged(8);
    expect(await readers.isPlainReader(pool, 'reader-session', 7)).toBe(true);
    readers.itemChanged(7);
    expect(await readers.isPlainReader(pool, 'reader-session', 7)).toBe(false);
    expect(fake.asked.people).toBe(2);
  });

  it('keeps no people that a notice for their item crossed while they loaded, and trusts no such answer', async () => {
    const fake = fakeCheck();
    const readers = new PlainReaders(fake.check);
    fake.holders.set('reader-session', 'reader');
    const release = fake.holdBack(7);
    const crossed = readers.isPlainReader(pool, 'reader-session', 7);
    await new Promise((resolve) => setImmediate(resolve));
    // The reader comments after the load read the people, before it finished.
    fake.people.set(7, ['reader']);
    readers.itemChanged(7);
    release();
    expect(await crossed).toBe(false);
    expect(await readers.isPlainReader(pool, 'reader-session', 7)).toBe(false);
    expect(fake.asked.people).toBe(2);
  });

  it('forgets everything on a notice for every page and while notices may be missing', async () => {
    const fake = fakeCheck();
    const readers = new PlainReaders(fake.check);
    fake.holders.set('reader-session', 'reader');
    expect(await readers.isPlainReader(pool, 'reader-session', 7)).toBe(true);
    readers.clear();
    expect(await readers.isPlainReader(pool, 'reader-session', 7)).toBe(true);
    expect(fake.asked).toEqual({ holders: 2, people: 2 });

    const release = fake.holdBack(7);
    readers.suspend();
    const whileSuspended = readers.isPlainReader(pool, 'reader-session', 7);
    await new Promise((resolve) => setImmediate(resolve));
    release();
    expect(await whileSuspended).toBe(false);
    readers.resume();
    expect(await readers.isPlainReader(pool, 'reader-session', 7)).toBe(true);
    expect(fake.asked.people).toBe(4);
  });

  it('keeps a bounded number of sessions and of people, the least recently asked going first', async () => {
    const fake = fakeCheck();
    const readers = new PlainReaders(fake.check, { maxHolders: 2, maxPeople: 5 });
    for (const token of ['a', 'b', 'c']) fake.holders.set(token, token);
    for (const token of ['a', 'b', 'c']) await readers.isPlainReader(pool, token, 1);
    await readers.isPlainReader(pool, 'a', 1);
    expect(fake.asked.holders).toBe(4);

    // Each item costs its people and one more: items 1 and 2 fit (1 + 3), a third (2) pushes out the oldest.
    fake.people.set(2, ['x', 'y']);
    await readers.isPlainReader(pool, 'a', 2);
    await readers.isPlainReader(pool, 'a', 1);
    fake.people.set(3, ['z']);
    await readers.isPlainReader(pool, 'a', 3);
    const asked = fake.asked.people;
    await readers.isPlainReader(pool, 'a', 1);
    await readers.isPlainReader(pool, 'a', 3);
    expect(fake.asked.people).toBe(asked);
    await readers.isPlainReader(pool, 'a', 2);
    expect(fake.asked.people).toBe(asked + 1);
  });
});
