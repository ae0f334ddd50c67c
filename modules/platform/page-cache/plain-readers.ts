import type pg from 'pg';
import { ForgetsOnMissedNotices } from './invalidation';
import type { PlainReaderCheck } from './policy';

export interface PlainReadersOptions {
  /** How long a session's holder is trusted without asking again (a role change, an ended session). */
  holderMs?: number;
  /** How many sessions' holders are kept; the oldest go first. */
  maxHolders?: number;
  /** How many people, over all items, are kept; the least recently asked items go first. */
  maxPeople?: number;
  now?: () => number;
}

/**
 * A policy's plain-reader check without a database round trip in the common case (decision 0039):
 * who holds a session is kept for a short while, who has a part in an item until a change notice
 * names that item. The member version shows nothing a signed-out reader could not read, so a stale
 * answer can only give someone the wrong one of two readable pages, never more than they may see.
 * Like the page store, it forgets everything when notices may have been missed, and an item's
 * people loaded while a notice for it arrived are not kept.
 */
export class PlainReaders extends ForgetsOnMissedNotices {
  private readonly holders = new Map<string, { holder: string | null; until: number }>();
  private readonly holderLoads = new Map<string, Promise<string | null>>();
  private readonly people = new Map<number, ReadonlySet<string>>();
  private peopleCount = 0;
  private readonly peopleLoads = new Map<number, PendingPeople>();
  private readonly now: () => number;

  constructor(
    private readonly check: PlainReaderCheck,
    private readonly options: PlainReadersOptions = {},
  ) {
    super();
    this.now = options.now ?? Date.now;
  }

  /** Whether the session's holder sees the item's page as the member version shows it. */
  async isPlainReader(db: pg.Pool, sessionToken: string, itemId: number): Promise<boolean> {
    const holder = await this.holderOf(db, sessionToken);
    if (holder === null) return false;
    const people = await this.peopleOf(db, itemId);
    return people !== null && !people.has(holder);
  }

  private async holderOf(db: pg.Pool, sessionToken: string): Promise<string | null> {
    const known = this.holders.get(sessionToken);
    if (known && this.now() < known.until) return known.holder;
    if (known) this.holders.delete(sessionToken);
    const loading = this.holderLoads.get(sessionToken);
    if (loading) return loading;
    const until = this.now() + (this.options.holderMs ?? 30_000);
    const load = this.check
      .holderOf(db, sessionToken)
      .then((holder) => {
        this.holders.set(sessionToken, { holder, until });
        const limit = this.options.maxHolders ?? 20_000;
        for (const oldest of this.holders.keys()) {
          if (this.holders.size <= limit) break;
          this.holders.delete(oldest);
        }
        return holder;
      })
      .finally(() => this.holderLoads.delete(sessionToken));
    this.holderLoads.set(sessionToken, load);
    return load;
  }

  /** The item's people; null when a change to them arrived while they were loading (not known, so not plain). */
  private async peopleOf(db: pg.Pool, itemId: number): Promise<ReadonlySet<string> | null> {
    const known = this.people.get(itemId);
    if (known) {
      // Least recently asked goes first: re-inserting moves the item to the end.
      this.people.delete(itemId);
      this.people.set(itemId, known);
      return known;
    }
    const loading = this.peopleLoads.get(itemId);
    if (loading) return loading.people;
    const pending: PendingPeople = { stale: this.suspended, people: Promise.resolve(null) };
    pending.people = this.check
      .peopleOf(db, itemId)
      .then((ids) => {
        if (pending.stale) return null;
        const people = new Set(ids);
        this.keep(itemId, people);
        return people;
      })
      .finally(() => {
        if (this.peopleLoads.get(itemId) === pending) this.peopleLoads.delete(itemId);
      });
    this.peopleLoads.set(itemId, pending);
    return pending.people;
  }

  private keep(itemId: number, people: ReadonlySet<string>) {
    const limit = this.options.maxPeople ?? 100_000;
    // An empty item costs as much as one person: the bound counts entries too.
    const cost = (set: ReadonlySet<string>) => set.size + 1;
    if (cost(people) > limit) return;
    this.people.set(itemId, people);
    this.peopleCount += cost(people);
    for (const [oldestId, oldest] of this.people) {
      if (this.peopleCount <= limit) break;
      this.people.delete(oldestId);
      this.peopleCount -= cost(oldest);
    }
  }

  /** Who has a part in the item may have changed: forget them, and keep no load under way. */
  itemChanged(id: number) {
    const known = this.people.get(id);
    if (known) {
      this.people.delete(id);
      this.peopleCount -= known.size + 1;
    }
    const loading = this.peopleLoads.get(id);
    if (loading) {
      loading.stale = true;
      this.peopleLoads.delete(id);
    }
  }

  /** A change that can alter anything (a person deleted): forget everyone. */
  clear() {
    this.holders.clear();
    this.people.clear();
    this.peopleCount = 0;
    for (const loading of this.peopleLoads.values()) loading.stale = true;
    this.peopleLoads.clear();
  }
}

interface PendingPeople {
  /** A notice for the item arrived during the load, or the store was suspended: not kept, not trusted. */
  stale: boolean;
  people: Promise<ReadonlySet<string> | null>;
}
