/**
 * A small horizontal bar chart in CSS. It repeats the table next to it, which is the accessible truth,
 * so the chart is hidden from screen readers (aria-hidden) instead of describing every bar twice.
 */
import type { JSX } from 'preact';

export interface BarSeries {
  label: string;
}

export interface BarRow {
  label: string;
  values: readonly number[];
}

export interface BarChartProps {
  series: readonly BarSeries[];
  rows: readonly BarRow[];
}

export function BarChart({ series, rows }: BarChartProps): JSX.Element {
  const max = Math.max(1, ...rows.flatMap((r) => r.values));
  return (
    <div class="dvc-bars" aria-hidden="true">
      <p class="dvc-bars__legend">
        {series.map((s, i) => (
          <span key={s.label}>
            <span class={`dvc-bars__key dvc-bars__bar--${i}`} />
            {s.label}
          </span>
        ))}
      </p>
      {rows.map((row) => (
        <div key={row.label} class="dvc-bars__row">
          <span>{row.label}</span>
          <span class="dvc-bars__track">
            {row.values.map((v, i) => (
              <span key={i} class={`dvc-bars__bar dvc-bars__bar--${i}`} style={{ width: `${(v / max) * 100}%` }} title={String(v)} />
            ))}
          </span>
        </div>
      ))}
    </div>
  );
}
