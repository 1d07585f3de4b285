import { useMemo } from 'preact/hooks';
import { barChartImage, ChartWidth, chartHeight } from './chartImage';
import type { SummaryChartSpec } from './summaryData';
import { t } from '../../i18n/i18n';
import { chartSummary } from '../watch/talliesData';

/** One chart of a summary as an image, with its figures in a table for screen readers (and tests). */
export function SummaryChart({ spec }: { spec: SummaryChartSpec }) {
  const { series } = spec;
  const empty = series.values.length === 0;
  const src = useMemo(() => (empty ? undefined : barChartImage(series)), [series, empty]);
  const alt = chartSummary(spec);
  const unit = t(`watch.units.${spec.unit}`);
  return (
    <figure class="summary-chart" data-testid="summary-chart" data-chart={spec.id} data-empty={String(empty)}>
      <figcaption>
        {spec.title} <span class="muted">({unit})</span>
      </figcaption>
      {src ? <img src={src} alt={alt} width={ChartWidth} height={chartHeight(series.values.length)} /> : <p class="muted">{t('common.nothingYet')}</p>}
      <table class="visually-hidden">
        <caption>{spec.title}</caption>
        <tbody>
          {series.keys.map((key, i) => (
            <tr key={key} data-testid="summary-chart-row" data-key={key} data-value={series.values[i]}>
              <th scope="row">{series.labels[i]}</th>
              <td>
                {series.values[i]} {unit}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
