import type { Database, Prisma } from '@/modules/platform/db/client';
import type { TaxonomyKind } from './kinds';

// One shape over the two tables (categories, departments): the admin pages and the mutations treat
// them alike; only a merge differs (merge.ts).

export interface TaxonomyEntry {
  id: string;
  slug: string;
  nameFi: string;
  nameSv: string;
  nameEn: string;
  active: boolean;
  sortOrder: number;
  mergedIntoId: string | null;
}

export type EntryChange = Partial<Pick<TaxonomyEntry, 'nameFi' | 'nameSv' | 'nameEn' | 'active' | 'mergedIntoId'>>;
export type NewEntry = Pick<TaxonomyEntry, 'slug' | 'nameFi' | 'nameSv' | 'nameEn' | 'sortOrder'>;

type Client = Database | Prisma.TransactionClient;

const entrySelect = {
  id: true,
  slug: true,
  nameFi: true,
  nameSv: true,
  nameEn: true,
  active: true,
  sortOrder: true,
  mergedIntoId: true,
} as const;

const listOrder = [{ sortOrder: 'asc' }, { nameFi: 'asc' }] as const;

export function entryTable(db: Client, kind: TaxonomyKind) {
  if (kind === 'category')
    return {
      all: (): Promise<TaxonomyEntry[]> => db.category.findMany({ select: entrySelect, orderBy: [...listOrder] }),
      find: (id: string): Promise<TaxonomyEntry | null> =>
        db.category.findUnique({ where: { id }, select: entrySelect }),
      create: (data: NewEntry): Promise<TaxonomyEntry> => db.category.create({ data, select: entrySelect }),
      update: (id: string, data: EntryChange): Promise<TaxonomyEntry> =>
        db.category.update({ where: { id }, data, select: entrySelect }),
      /** Those merged into `from` now point at `to`, so a chain never needs following. */
      repointMerged: (from: string, to: string) =>
        db.category.updateMany({ where: { mergedIntoId: from }, data: { mergedIntoId: to } }),
    };
  return {
    all: (): Promise<TaxonomyEntry[]> => db.department.findMany({ select: entrySelect, orderBy: [...listOrder] }),
    find: (id: string): Promise<TaxonomyEntry | null> =>
      db.department.findUnique({ where: { id }, select: entrySelect }),
    create: (data: NewEntry): Promise<TaxonomyEntry> => db.department.create({ data, select: entrySelect }),
    update: (id: string, data: EntryChange): Promise<TaxonomyEntry> =>
      db.department.update({ where: { id }, data, select: entrySelect }),
    repointMerged: (from: string, to: string) =>
      db.department.updateMany({ where: { mergedIntoId: from }, data: { mergedIntoId: to } }),
  };
}

/** The names as the audit log keeps them. */
export function namesOf(entry: Pick<TaxonomyEntry, 'nameFi' | 'nameSv' | 'nameEn'>) {
  return { nameFi: entry.nameFi, nameSv: entry.nameSv, nameEn: entry.nameEn };
}

/** An address-safe slug from the Finnish name: "Sosiaali- ja terveyspalvelut" → "sosiaali-ja-terveyspalvelut". */
export function slugFrom(name: string, taken: ReadonlySet<string>): string {
  const base =
    name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'nimi';
  if (!taken.has(base)) return base;
  let suffix = 2;
  while (taken.has(`${base}-${suffix}`)) suffix += 1;
  return `${base}-${suffix}`;
}
