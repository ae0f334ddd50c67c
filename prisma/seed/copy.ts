import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

/** COPY text format: tab-separated, \N for null, with backslash, tab and newlines escaped. */
function copyLine(values: readonly unknown[]): string {
  return `${values
    .map((value) => {
      if (value === null || value === undefined) return '\\N';
      const text = value instanceof Date ? value.toISOString() : String(value);
      return text.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
    })
    .join('\t')}\n`;
}

export async function copy(
  client: pg.PoolClient | pg.Client,
  table: string,
  columns: string[],
  rows: Iterable<unknown[]>,
) {
  function* lines() {
    let batch = '';
    for (const row of rows) {
      batch += copyLine(row);
      if (batch.length > 1 << 16) {
        yield batch;
        batch = '';
      }
    }
    if (batch) yield batch;
  }
  await pipeline(Readable.from(lines()), client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`)));
}
