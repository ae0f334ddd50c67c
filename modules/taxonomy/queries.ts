import { localizedName } from '@/modules/i18n/localized-name';
import type { AppLocale } from '@/modules/i18n/locales';
import type { Database } from '@/modules/platform/db/client';
import { entryTable } from './entries';
import type { TaxonomyKind } from './kinds';

export interface TaxonomyRow {
  id: string;
  slug: string;
  name: string;
  nameFi: string;
  nameSv: string;
  nameEn: string;
  active: boolean;
  /** The name of the entry this one was merged into, in the reader's language. */
  mergedInto: string | null;
  ideaCount: number;
  /** People whose own department it is (departments only). */
  peopleCount: number | null;
}

async function usageCounts(db: Database, kind: TaxonomyKind) {
  if (kind === 'category') {
    const rows = await db.idea.groupBy({ by: ['categoryId'], _count: { _all: true } });
    return {
      ideas: new Map(rows.map((row) => [row.categoryId, row._count._all])),
      people: null,
    };
  }
  const [ideas, people] = await Promise.all([
    db.ideaDepartment.groupBy({ by: ['departmentId'], _count: { _all: true } }),
    db.user.groupBy({ by: ['departmentId'], _count: { _all: true } }),
  ]);
  return {
    ideas: new Map(ideas.map((row) => [row.departmentId, row._count._all])),
    people: new Map(people.map((row) => [row.departmentId, row._count._all])),
  };
}

/** Every entry of the list for its admin page: those in use first in their order, then the rest. */
export async function listTaxonomyForAdmin(
  db: Database,
  kind: TaxonomyKind,
  locale: AppLocale,
): Promise<TaxonomyRow[]> {
  const [entries, counts] = await Promise.all([entryTable(db, kind).all(), usageCounts(db, kind)]);
  const nameOf = new Map(entries.map((entry) => [entry.id, localizedName(entry, locale)]));
  return entries
    .map((entry) => ({
      id: entry.id,
      slug: entry.slug,
      name: localizedName(entry, locale),
      nameFi: entry.nameFi,
      nameSv: entry.nameSv,
      nameEn: entry.nameEn,
      active: entry.active,
      mergedInto: entry.mergedIntoId ? (nameOf.get(entry.mergedIntoId) ?? null) : null,
      ideaCount: counts.ideas.get(entry.id) ?? 0,
      peopleCount: counts.people ? (counts.people.get(entry.id) ?? 0) : null,
    }))
    .sort((a, b) => Number(b.active) - Number(a.active));
}
