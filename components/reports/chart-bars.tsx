'use client';

import dynamic from 'next/dynamic';

/** What the numbers are: euros as cents, shares as basis points (10000 = 100 %), or plain counts. */
export type ChartUnit = 'cents' | 'basisPoints' | 'count';

export interface ChartSeries {
  key: string;
  label: string;
}

export interface ChartRow {
  label: string;
  values: Record<string, number | null>;
}

export interface ChartBarsProps {
  rows: ChartRow[];
  series: ChartSeries[];
  unit: ChartUnit;
  /** Columns over a time axis, or bars side by side for named groups (long names read better). */
  orientation?: 'columns' | 'bars';
}

/**
 * Recharts draws in the browser only: its server-rendered markup carries style attributes, which
 * the Content-Security-Policy refuses (decision 6), and its code then loads only with a report.
 * The figure's summary and table carry the numbers before (and without) the drawing.
 */
const ChartBarsDrawing = dynamic(() => import('./chart-bars-drawing').then((module) => module.ChartBarsDrawing), {
  ssr: false,
  loading: () => <div className="min-h-40" />,
});

export function ChartBars(props: ChartBarsProps) {
  return <ChartBarsDrawing {...props} />;
}
