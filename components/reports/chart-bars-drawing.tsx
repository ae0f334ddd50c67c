'use client';

import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { useFormat } from '@/modules/i18n/format';
import type { ChartBarsProps } from './chart-bars';

// Dark enough against white for graphical objects (WCAG 1.4.11: at least 3:1): 8.6:1, 5.6:1, 6.5:1.
const colours = ['#1b4f8a', '#a34700', '#2f6b3a', '#6b2f6b'];

/**
 * The drawing, loaded in the browser only (chart-bars.tsx). For the eye only: the figure around it
 * has the heading, a summary in words and the same numbers as a table, so the drawing is hidden
 * from assistive technology and never takes focus.
 */
export function ChartBarsDrawing({ rows, series, unit, orientation = 'columns' }: ChartBarsProps) {
  const format = useFormat();
  const show = (value: number) =>
    unit === 'cents'
      ? format.euros(Math.round(value / 100))
      : unit === 'basisPoints'
        ? `${format.number(value / 100)} %`
        : format.number(value);
  const data = rows.map((row) => ({ label: row.label, ...row.values }));
  const bars = orientation === 'bars';
  const height = bars ? Math.max(160, rows.length * series.length * 22 + 80) : 300;
  return (
    <div aria-hidden="true" className="w-full">
      <BarChart
        data={data}
        layout={bars ? 'vertical' : 'horizontal'}
        responsive
        style={{ width: '100%', height }}
        accessibilityLayer={false}
        margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
      >
        <CartesianGrid strokeDasharray="3 3" stroke="#cbd2d9" />
        {bars ? (
          <>
            <XAxis type="number" tickFormatter={show} tick={{ fill: '#1f2933', fontSize: 12 }} />
            <YAxis type="category" dataKey="label" width={110} tick={{ fill: '#1f2933', fontSize: 12 }} />
          </>
        ) : (
          <>
            <XAxis dataKey="label" tick={{ fill: '#1f2933', fontSize: 12 }} />
            <YAxis tickFormatter={show} width={80} tick={{ fill: '#1f2933', fontSize: 12 }} />
          </>
        )}
        <Tooltip formatter={(value) => (typeof value === 'number' ? show(value) : String(value))} />
        <Legend wrapperStyle={{ color: '#1f2933' }} />
        {series.map((item, index) => (
          <Bar key={item.key} dataKey={item.key} name={item.label} fill={colours[index % colours.length]} />
        ))}
      </BarChart>
    </div>
  );
}
