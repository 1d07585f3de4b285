import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';
import { useEffect, useRef } from 'preact/hooks';
import type { ChartSpec } from './talliesData';

// Only the pieces a bar chart needs, so the bundle stays small.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

/** Colours chosen for a projector: bright bars and white text on near-black (contrast > 12:1). */
const Ink = '#ffffff';
const Bar = '#ffd23f';
const Grid = 'rgba(255, 255, 255, 0.25)';

/**
 * One tally as horizontal bars. The canvas is an image with a one-line summary; the same
 * figures sit in a visually hidden table for screen readers (and for tests to read).
 */
export function TallyChart({ spec }: { spec: ChartSpec }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<Chart<'bar'>>();
  const { series } = spec;

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
        scales: {
          x: { beginAtZero: true, ticks: { color: Ink, font: { size: 16 }, precision: 0 }, grid: { color: Grid } },
          y: { ticks: { color: Ink, font: { size: 18 } }, grid: { display: false } },
        },
      },
    });
    return () => {
      chart.current?.destroy();
      chart.current = undefined;
    };
  }, []);

  useEffect(() => {
    const c = chart.current;
    if (!c) {
      return;
    }
    c.data.labels = series.labels;
    c.data.datasets[0]!.data = series.values;
    c.update('none');
  }, [series]);

  const empty = series.values.length === 0;
  const summary = empty
    ? `${spec.title}: nothing yet.`
    : `${spec.title}: ${series.labels.map((l, i) => `${l} ${series.values[i]} ${spec.unit}`).join(', ')}.`;

  return (
    <figure class="tally" data-testid={`tally-${spec.id}`} data-empty={String(empty)}>
      <figcaption>
        {spec.title} <span class="unit">({spec.unit})</span>
      </figcaption>
      <div class="tally-canvas" style={{ height: `${Math.max(2, series.values.length) * 40 + 40}px` }}>
        <canvas ref={canvas} role="img" aria-label={summary} />
      </div>
      {empty && <p class="tally-empty">Nothing yet</p>}
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
                  {series.values[i]} {spec.unit}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
