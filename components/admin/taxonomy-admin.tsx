import { useTranslations } from 'next-intl';
import type { TaxonomyKind } from '@/modules/taxonomy/kinds';
import type { TaxonomyRow } from '@/modules/taxonomy/queries';
import { TaxonomyActiveForm, TaxonomyCreateForm, TaxonomyMergeForm, TaxonomyRenameForm } from './taxonomy-forms';

/** An admin page's body for categories or departments: a form to add one, then every entry with its forms. */
export function TaxonomyAdmin({ kind, rows }: { kind: TaxonomyKind; rows: TaxonomyRow[] }) {
  const t = useTranslations('taxonomy');
  const inUse = rows.filter((row) => row.active).map((row) => ({ id: row.id, name: row.name }));
  return (
    <>
      <div className="mt-6 rounded border border-line bg-white p-4">
        <TaxonomyCreateForm kind={kind} />
      </div>
      <section aria-labelledby={`${kind}-list-heading`} className="mt-10">
        <h2 id={`${kind}-list-heading`} className="text-xl font-bold">
          {t(`${kind}.listHeading`)}
        </h2>
        <ul className="mt-4 grid gap-4">
          {rows.map((row) => (
            <li key={row.id} className="rounded border border-line bg-white p-4">
              <h3 className="text-lg font-bold">{row.name}</h3>
              <p className="mt-1 text-sm text-muted">
                {row.mergedInto ? t('mergedInto', { name: row.mergedInto }) : row.active ? t('active') : t('inactive')}
                {' · '}
                {t('ideaCount', { count: row.ideaCount })}
                {row.peopleCount !== null && <> · {t('peopleCount', { count: row.peopleCount })}</>}
              </p>
              <p className="mt-1 text-sm" lang="fi">
                {row.nameFi} <span lang="sv">/ {row.nameSv}</span> <span lang="en">/ {row.nameEn}</span>
              </p>
              {!row.mergedInto && (
                <details className="mt-3">
                  <summary className="min-h-11 cursor-pointer py-2 font-semibold text-brand underline">
                    {t('edit')}
                    <span className="sr-only">: {row.name}</span>
                  </summary>
                  <div className="mt-3 grid max-w-prose gap-6">
                    <TaxonomyRenameForm
                      kind={kind}
                      id={row.id}
                      names={{ nameFi: row.nameFi, nameSv: row.nameSv, nameEn: row.nameEn }}
                    />
                    <TaxonomyActiveForm kind={kind} id={row.id} active={row.active} />
                    <TaxonomyMergeForm
                      kind={kind}
                      id={row.id}
                      name={row.name}
                      targets={inUse.filter((target) => target.id !== row.id)}
                    />
                  </div>
                </details>
              )}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
