import type { ReactNode } from 'react';

export interface FigureTable {
  caption: string;
  /** Column headers; the first column names the row. */
  headers: string[];
  /** Cells already formatted in the reader's language (a title may be a link). */
  rows: { key: string; cells: ReactNode[] }[];
  footer?: string[];
  /** Columns of words (left-aligned, wrapping), by index; the others are numbers. */
  textColumns?: number[];
}

interface ChartFigureProps {
  id: string;
  heading: string;
  summary: string;
  /** The label of the toggle that shows the numbers as a table. */
  tableToggle: string;
  /** A name for the table's own scrolling region (it scrolls, the page does not). */
  tableRegion: string;
  table: FigureTable;
  children: ReactNode;
}

/**
 * One chart as an accessible figure: a heading, the summary in words, the chart, and the same
 * numbers as a real table behind a "show as table" toggle that works without JavaScript.
 */
export function ChartFigure({ id, heading, summary, tableToggle, tableRegion, table, children }: ChartFigureProps) {
  return (
    <section aria-labelledby={`${id}-heading`} className="mt-8 min-w-0">
      <h2 id={`${id}-heading`} className="text-xl font-bold">
        {heading}
      </h2>
      <p id={`${id}-summary`} className="mt-2 max-w-prose">
        {summary}
      </p>
      <div className="mt-4 min-w-0">{children}</div>
      <details className="mt-3">
        <summary className="inline-flex min-h-11 cursor-pointer items-center font-semibold text-brand underline">
          {tableToggle}
        </summary>
        <FigureTableView table={table} region={tableRegion} />
      </details>
    </section>
  );
}

const numberCell = 'px-2 py-2 text-right tabular-nums whitespace-nowrap';
const textCell = 'min-w-48 px-2 py-2 text-left';

/** A table that scrolls inside its own region on a narrow screen, never the page. */
export function FigureTableView({ table, region }: { table: FigureTable; region: string }) {
  return (
    // A region that scrolls must be reachable by keyboard to be scrolled (WCAG 2.1.1; axe scrollable-region-focusable).
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div role="region" aria-label={region} tabIndex={0} className="mt-2 max-w-full overflow-x-auto">
      <table className="min-w-full border-collapse text-sm">
        <caption className="sr-only">{table.caption}</caption>
        <thead>
          <tr>
            {table.headers.map((header, index) => (
              <th
                key={header}
                scope="col"
                className={`border-b border-line px-2 py-2 font-semibold ${index === 0 || table.textColumns?.includes(index) ? 'text-left' : 'text-right'}`}
              >
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.key} className="border-b border-line">
              {row.cells.map((cell, index) =>
                index === 0 ? (
                  <th key={index} scope="row" className="px-2 py-2 text-left font-normal">
                    {cell}
                  </th>
                ) : (
                  <td key={index} className={table.textColumns?.includes(index) ? textCell : numberCell}>
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
        {table.footer && (
          <tfoot>
            <tr className="font-semibold">
              {table.footer.map((cell, index) =>
                index === 0 ? (
                  <th key={index} scope="row" className="px-2 py-2 text-left">
                    {cell}
                  </th>
                ) : (
                  <td key={index} className={numberCell}>
                    {cell}
                  </td>
                ),
              )}
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}
