'use client';

import { useSyncExternalStore } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { useFormat } from '@/modules/i18n/format';
import type { ChartBarsProps } from './chart-bars';
import { formatPercent, wrapLabel } from './chart-text';

// Dark enough against white for graphical objects (WCAG 1.4.11: at least 3:1): 8.6:1, 5.6:1, 6.5:1.
const colours = ['#1b4f8a', '#a34700', '#2f6b3a', '#6b2f6b'];
const tickColour = '#1f2933';
const fontSize = 12;
const lineHeight = 14;
/** Characters per line of a category name beside a bar: about what 140 px hold (the axis keeps 8 px for its tick line) at 12 px. */
const lineLength = 20;
const labelWidth = 152;

const phoneQuery = '(max-width: 639px)';
function subscribeToPhone(onChange: () => void) {
  const query = window.matchMedia(phoneQuery);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

interface CategoryTickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
}

/** A category name beside its bar, wrapped on two lines (the table has the full name if it is longer). */
function CategoryTick({ x = 0, y = 0, payload }: CategoryTickProps) {
  const lines = wrapLabel(String(payload?.value ?? ''), lineLength);
  const top = Number(y) - ((lines.length - 1) * lineHeight) / 2;
  return (
    <text x={Number(x)} y={top} textAnchor="end" dominantBaseline="central" fill={tickColour} fontSize={fontSize}>
      {lines.map((line, index) => (
        <tspan key={index} x={Number(x)} dy={index === 0 ? 0 : lineHeight}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/** A column's name under it, a line per word ("maalis" over "2026"), so that every column keeps its name. */
function ColumnTick({ x = 0, y = 0, payload }: CategoryTickProps) {
  const words = String(payload?.value ?? '').split(' ');
  return (
    <text x={Number(x)} y={Number(y)} textAnchor="middle" fill={tickColour} fontSize={fontSize}>
      {words.map((word, index) => (
        <tspan key={index} x={Number(x)} dy={index === 0 ? '0.71em' : lineHeight}>
          {word}
        </tspan>
      ))}
    </text>
  );
}

/**
 * The drawing, loaded in the browser only (chart-bars.tsx). For the eye only: the figure around it
 * has the heading, a summary in words and the same numbers as a table, so the drawing is hidden
 * from assistive technology and never takes focus.
 */
export function ChartBarsDrawing({ rows, series, unit, orientation = 'columns' }: ChartBarsProps) {
  const format = useFormat();
  const phone = useSyncExternalStore(
    subscribeToPhone,
    () => window.matchMedia(phoneQuery).matches,
    () => false,
  );
  const show = (value: number) =>
    unit === 'cents'
      ? format.euros(Math.round(value / 100))
      : unit === 'basisPoints'
        ? formatPercent(value)
        : format.number(value);
  const data = rows.map((row) => ({ label: row.label, ...row.values }));
  // Many columns on a phone would be a few pixels wide each: a phone draws them as bars, one row each.
  const bars = orientation === 'bars' || (phone && rows.length > 4);
  const rowHeight = Math.max(2 * lineHeight + 8, series.length * 18 + 8);
  const height = bars ? Math.max(160, rows.length * rowHeight + 80) : 300;
  return (
    <div aria-hidden="true" className="w-full">
      <BarChart
        data={data}
        layout={bars ? 'vertical' : 'horizontal'}
        responsive
        style={{ width: '100%', height }}
        accessibilityLayer={false}
        // Room on the right for half of the last axis value, which is centred on its tick.
        margin={{ top: 8, right: bars ? 32 : 16, bottom: 8, left: 8 }}
      >
        <CartesianGrid strokeDasharray="3 3" stroke="#cbd2d9" />
        {bars ? (
          <>
            <XAxis type="number" tickFormatter={show} tick={{ fill: tickColour, fontSize }} />
            <YAxis type="category" dataKey="label" width={labelWidth} interval={0} tick={<CategoryTick />} />
          </>
        ) : (
          <>
            <XAxis dataKey="label" interval={0} height={2 * lineHeight + 12} tick={<ColumnTick />} />
            <YAxis tickFormatter={show} width={80} tick={{ fill: tickColour, fontSize }} />
          </>
        )}
        <Tooltip formatter={(value) => (typeof value === 'number' ? show(value) : String(value))} />
        {/* In the bars' order (Recharts sorts the legend alphabetically by default). */}
        <Legend
          wrapperStyle={{ color: tickColour }}
          itemSorter={(item) => series.findIndex((entry) => entry.key === item.dataKey)}
        />
        {series.map((item, index) => (
          <Bar key={item.key} dataKey={item.key} name={item.label} fill={colours[index % colours.length]} />
        ))}
      </BarChart>
    </div>
  );
}
