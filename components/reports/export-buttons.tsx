'use client';

import { useTranslations } from 'next-intl';
import { useId, useState, type MouseEvent } from 'react';
import { useFormat } from '@/modules/i18n/format';

type Format = 'csv' | 'xlsx';

interface Progress {
  state: 'idle' | 'loading' | 'done' | 'failed';
  format: Format;
  /** Rows received (CSV) out of the row count the server announced. */
  done: number;
  total: number | null;
  bytes: number;
  fileName?: string;
}

const idle: Progress = { state: 'idle', format: 'csv', done: 0, total: null, bytes: 0 };

interface ExportButtonsProps {
  /** The download addresses (the report's filters included); they work as plain links without JavaScript. */
  hrefs: Record<Format, string>;
  /** The section's heading when a page has several downloads (default "Lataa taulukkona"). */
  heading?: string;
}

/** The file name the server gave (RFC 6266 `filename*` first). */
function fileNameOf(disposition: string | null, fallback: string): string {
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? '')?.[1];
  if (encoded) return decodeURIComponent(encoded);
  return /filename="([^"]+)"/i.exec(disposition ?? '')?.[1] ?? fallback;
}

const lineEnd = 10;

/**
 * CSV and XLSX downloads that show how far they are: the server sends the row count first, and a
 * CSV's rows are counted as they arrive ("4 000 / 10 000 riviä"); an XLSX, which is compressed,
 * shows what has been received. The finished file is saved as the browser saves any download.
 */
export function ExportButtons({ hrefs, heading }: ExportButtonsProps) {
  const headingId = useId();
  const t = useTranslations('reports.export');
  const format = useFormat();
  const [progress, setProgress] = useState<Progress>(idle);

  async function download(event: MouseEvent<HTMLAnchorElement>, kind: Format) {
    event.preventDefault();
    if (progress.state === 'loading') return;
    setProgress({ ...idle, state: 'loading', format: kind });
    try {
      const response = await fetch(hrefs[kind], { credentials: 'same-origin', cache: 'no-store' });
      if (!response.ok || !response.body) throw new Error(`download ${response.status}`);
      const total = Number(response.headers.get('X-Row-Count') ?? Number.NaN);
      const reader = response.body.getReader();
      const chunks: Uint8Array<ArrayBuffer>[] = [];
      let lines = 0;
      let bytes = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        bytes += value.length;
        if (kind === 'csv') for (const byte of value) if (byte === lineEnd) lines += 1;
        setProgress({
          state: 'loading',
          format: kind,
          // The first line is the header.
          done: Number.isFinite(total) ? Math.min(total, Math.max(0, lines - 1)) : 0,
          total: Number.isFinite(total) ? total : null,
          bytes,
        });
      }
      const fileName = fileNameOf(response.headers.get('Content-Disposition'), `report.${kind}`);
      const url = URL.createObjectURL(new Blob(chunks, { type: response.headers.get('Content-Type') ?? '' }));
      const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setProgress((shown) => ({ ...shown, state: 'done', fileName }));
    } catch {
      setProgress((shown) => ({ ...shown, state: 'failed' }));
    }
  }

  const loading = progress.state === 'loading';
  const rowsKnown = progress.format === 'csv' && progress.total !== null;
  const linkClass =
    'inline-flex min-h-11 items-center rounded border border-brand px-4 font-semibold text-brand hover:bg-surface';
  return (
    <section aria-labelledby={headingId} className="mt-6">
      <h2 id={headingId} className="text-xl font-bold">
        {heading ?? t('heading')}
      </h2>
      <div className="mt-2 flex flex-wrap gap-3">
        {(['csv', 'xlsx'] as const).map((kind) => (
          <a
            key={kind}
            href={hrefs[kind]}
            download
            onClick={(event) => void download(event, kind)}
            aria-disabled={loading || undefined}
            className={linkClass}
          >
            {t(kind)}
          </a>
        ))}
      </div>
      {(loading || progress.state === 'done') && (
        <div className="mt-3 grid max-w-md gap-1">
          <progress
            aria-label={t('progressLabel')}
            className="h-3 w-full"
            {...(progress.state === 'done'
              ? { max: 1, value: 1 }
              : rowsKnown
                ? { max: Math.max(1, progress.total!), value: progress.done }
                : {})}
          />
          <p className="tabular-nums">
            {rowsKnown
              ? t('rows', { done: format.number(progress.done), total: format.number(progress.total!) })
              : t('bytes', { kilobytes: format.number(Math.round(progress.bytes / 1024)) })}
          </p>
        </div>
      )}
      {/* Announced once at the start and once at the end, not at every chunk. */}
      <p role="status" className="mt-2">
        {loading && t('preparing')}
        {progress.state === 'done' && t('done', { file: progress.fileName ?? '' })}
        {progress.state === 'failed' && <span className="text-red-800">{t('failed')}</span>}
      </p>
    </section>
  );
}
