import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';
import { useEffect, useRef } from 'preact/hooks';
import { type ChartSpec, chartSummary, wrapLabel } from './talliesData';
import { t } from '../../i18n/i18n';
import { useI18n } from '../../i18n/LanguageContext';
import { directionOf } from '../../i18n/languages';

// Only the pieces a bar chart needs, so the bundle stays small.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

/** Colours chosen for a projector: bright bars and white text on near-black (contrast > 12:1). */
const Ink = '#ffffff';
const Bar = '#ffd23f';
const Grid = 'rgba(255, 255, 255, 0.25)';

/** Characters a label line may hold before it wraps; Chart.js cuts a long single-line label at the canvas edge. */
const LabelLineChars = 18;

/**
 * One tally as horizontal bars. The canvas is an image with a one-line summary; the same
 * figures sit in a visually hidden table for screen readers (and for tests to read).
 */
export function TallyChart({ spec }: { spec: ChartSpec }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<Chart<'bar'>>();
  const { series } = spec;
  const { language } = useI18n();
  const rtl = directionOf(language) === 'rtl';

  useEffect(() => {
    if (!canvas.current) {
      return;
    }
    chart.current = new Chart(canvas.current, {
      type: 'bar',
      data: { labels: [], datasets: [{ data: [], backgroundColor: Bar, borderWidth: 0, maxBarThickness: 36 }] },
      options: {
        indexAxis: 'y',
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        plugins: { legend: { display: false }, tooltip: { enabled: true } },
        layout: { padding: { left: 4, right: 4 } },
        scales: {
          // Right to left, the bars grow from the right and their labels sit on the right.
          x: { beginAtZero: true, reverse: rtl, ticks: { color: Ink, font: { size: 16 }, precision: 0 }, grid: { color: Grid } },
          y: { position: rtl ? 'right' : 'left', ticks: { color: Ink, font: { size: 18 }, autoSkip: false }, grid: { display: false } },
        },
      },
    });
    return () => {
      chart.current?.destroy();
      chart.current = undefined;
    };
  }, [rtl]);

  useEffect(() => {
    const c = chart.current;
    if (!c) {
      return;
    }
    c.data.labels = series.labels.map((label) => wrapLabel(label, LabelLineChars));
    c.data.datasets[0]!.data = series.values;
    c.update('none');
  }, [series, rtl]);

  const empty = series.values.length === 0;
  const summary = chartSummary(spec);
  const unit = t(`watch.units.${spec.unit}`);

  return (
    <figure class="tally" data-testid={`tally-${spec.id}`} data-empty={String(empty)}>
      <figcaption>
        {spec.title} <span class="unit">({unit})</span>
      </figcaption>
      {/* An empty chart would draw bare 0-1 axes; it says so in words instead. */}
      <div class="tally-canvas" hidden={empty} style={{ height: `${Math.max(1, series.values.length) * 40 + 40}px` }}>
        <canvas ref={canvas} role="img" aria-label={summary} />
      </div>
      {empty && (
        <p class="tally-empty" data-testid="tally-empty">
          {t('common.nothingYet')}
        </p>
      )}
      {/* Hidden on a wrapper: a table grows to its content whatever its width, so a hidden
          table with long labels would still widen the page and make the projection scroll. */}
      <div class="visually-hidden">
        <table>
          <caption>{spec.title}</caption>
          <tbody>
            {series.keys.map((key, i) => (
              <tr key={key} data-testid="tally-row" data-key={key} data-value={series.values[i]}>
                <th scope="row">{series.labels[i]}</th>
                <td>
                  {series.values[i]} {unit}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
