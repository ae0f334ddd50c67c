import { once } from 'node:events';
import { Readable } from 'node:stream';
import { can, type Actor } from '@/modules/access/permissions';
import { helsinkiToday } from '@/modules/accelerator/working-days';
import { csvHeader, csvRow, xlsxStream, type SheetWords } from '@/modules/platform/spreadsheet';
import { findReport, type ReportRequest } from './registry';

// A report's download, streamed as it is read: CSV line by line, XLSX row by row. The row count
// goes in a header before the first byte so the page can show "4 000 / 10 000 rows"; the body
// never holds more than a page of rows.

export const ROW_COUNT_HEADER = 'X-Row-Count';

export type ExportFormat = 'csv' | 'xlsx';

export function exportFormat(text: string | null): ExportFormat | undefined {
  return text === 'csv' || text === 'xlsx' ? text : undefined;
}

const contentTypes: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** `attachment` with an ASCII fallback and the real (UTF-8) name, as RFC 6266 describes. */
function attachment(fileName: string): string {
  const ascii = fileName
    .normalize('NFD')
    .replace(/[^\x20-\x7e]/g, '')
    .replace(/["\\]/g, '');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** Lines gathered into chunks of about this many characters before they are sent. */
const chunkSize = 1 << 16;

async function* csvChunks(header: string, lines: AsyncIterable<string>): AsyncGenerator<string> {
  let chunk = header;
  for await (const line of lines) {
    chunk += line;
    if (chunk.length >= chunkSize) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

/** Pulled as the reader reads; a download cancelled halfway stops the paging too. */
function byteStream(chunks: AsyncGenerator<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}

export type ReportDownload =
  { ok: true; response: Response } | { ok: false; status: 400 | 404; error: 'unknownReport' | 'unknownFormat' };

/**
 * The download of report `id` for `actor`, or why not. A reader without the report's permission
 * gets the same answer as for a report that does not exist: nothing says it does.
 */
export async function reportDownload(
  actor: Actor | null,
  id: string,
  format: ExportFormat | undefined,
  request: ReportRequest,
  now = new Date(),
): Promise<ReportDownload> {
  const report = findReport(id);
  if (!report || !can(actor, report.permission)) return { ok: false, status: 404, error: 'unknownReport' };
  if (!format) return { ok: false, status: 400, error: 'unknownFormat' };
  const { t } = request;
  const columns = report.columns(t);
  const words: SheetWords = { yes: t('export.yes'), no: t('export.no') };
  const { count, rows } = await report.open(request);
  const headers = new Headers({
    'Content-Type': contentTypes[format],
    'Content-Disposition': attachment(`${t(report.fileNameKey)}-${helsinkiToday(now)}.${format}`),
    'Cache-Control': 'private, no-store',
    'X-Content-Type-Options': 'nosniff',
    [ROW_COUNT_HEADER]: String(count),
  });
  if (format === 'csv') {
    async function* lines() {
      for await (const row of rows) yield csvRow(columns, row, words);
    }
    return { ok: true, response: new Response(byteStream(csvChunks(csvHeader(columns), lines())), { headers }) };
  }
  const sheet = xlsxStream(columns, words, { sheetName: t(report.sheetNameKey), createdAt: now });
  void (async () => {
    try {
      for await (const row of rows) {
        if (sheet.output.destroyed) return;
        sheet.add(row);
        // Wait for the reader when it falls behind, so a slow download does not fill memory.
        if (sheet.output.writableNeedDrain) await once(sheet.output, 'drain');
      }
      await sheet.finish();
    } catch (error) {
      sheet.output.destroy(error instanceof Error ? error : new Error(String(error)));
    }
  })();
  const body = Readable.toWeb(sheet.output);
  return { ok: true, response: new Response(body as ReadableStream<Uint8Array>, { headers }) };
}
