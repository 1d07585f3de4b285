import { useMemo } from 'preact/hooks';
import { barChartImage, ChartWidth, chartHeight } from './chartImage';
import type { SummaryChartSpec } from './summaryData';

/** One chart of a summary as an image, with its figures in a table for screen readers (and tests). */
export function SummaryChart({ spec }: { spec: SummaryChartSpec }) {
  const { series } = spec;
  const empty = series.values.length === 0;
  const src = useMemo(() => (empty ? undefined : barChartImage(series)), [series, empty]);
  const alt = empty
    ? `${spec.title}: nothing yet.`
    : `${spec.title}: ${series.labels.map((l, i) => `${l} ${series.values[i]} ${spec.unit}`).join(', ')}.`;
  return (
    <figure class="summary-chart" data-testid="summary-chart" data-chart={spec.id} data-empty={String(empty)}>
      <figcaption>
        {spec.title} <span class="muted">({spec.unit})</span>
      </figcaption>
      {src ? <img src={src} alt={alt} width={ChartWidth} height={chartHeight(series.values.length)} /> : <p class="muted">Nothing to show.</p>}
      <table class="visually-hidden">
        <caption>{spec.title}</caption>
        <tbody>
          {series.keys.map((key, i) => (
            <tr key={key} data-testid="summary-chart-row" data-key={key} data-value={series.values[i]}>
              <th scope="row">{series.labels[i]}</th>
              <td>
                {series.values[i]} {spec.unit}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
