import { BarController, BarElement, CategoryScale, Chart, LinearScale } from 'chart.js';
import type { Series } from '../watch/talliesData';

Chart.register(BarController, BarElement, CategoryScale, LinearScale);

/**
 * Width of a chart in CSS pixels (127 mm on paper): two fit side by side on a screen, and on
 * paper one prints at full size within the text width of A4 and Letter alike (about 690 px).
 */
export const ChartWidth = 480;
const BarHeight = 30;
const Padding = 40;
/** Drawn at twice the size so the printed image stays sharp. */
const Scale = 2;

/** Ink for paper: dark text, a blue that keeps 7:1 against white, light grid. */
const Ink = '#1a1a1a';
const Bar = '#0b57d0';
const Grid = '#c4c8cf';

/** Height in CSS pixels of a chart with `bars` bars. */
export function chartHeight(bars: number): number {
  return Math.max(2, bars) * BarHeight + Padding;
}

/**
 * Draws horizontal bars into an off-screen canvas and returns them as a PNG data URL. A printed
 * page gets an image rather than a live canvas: images scale with the page, print without the
 * "background graphics" setting, and never redraw mid-print.
 */
export function barChartImage(series: Series): string {
  const height = chartHeight(series.values.length);
  const canvas = document.createElement('canvas');
  canvas.width = ChartWidth;
  canvas.height = height;
  canvas.style.cssText = `position:fixed;left:-10000px;top:0;width:${ChartWidth}px;height:${height}px`;
  canvas.setAttribute('aria-hidden', 'true');
  document.body.append(canvas);
  const chart = new Chart(canvas, {
    type: 'bar',
    data: { labels: series.labels, datasets: [{ data: series.values, backgroundColor: Bar, borderWidth: 0, maxBarThickness: 22 }] },
    options: {
      indexAxis: 'y',
      animation: false,
      responsive: false,
      devicePixelRatio: Scale,
      events: [],
      plugins: { legend: { display: false }, tooltip: { enabled: false } },
      scales: {
        x: { beginAtZero: true, ticks: { color: Ink, font: { size: 13 }, precision: 0 }, grid: { color: Grid } },
        y: { ticks: { color: Ink, font: { size: 14 } }, grid: { display: false } },
      },
    },
    plugins: [
      {
        // A white ground, so the PNG is not transparent on a dark screen.
        id: 'paper',
        beforeDraw: (c) => {
          const ctx = c.ctx;
          ctx.save();
          ctx.fillStyle = '#ffffff';
          ctx.fillRect(0, 0, c.width, c.height);
          ctx.restore();
        },
      },
    ],
  });
  try {
    return canvas.toDataURL('image/png');
  } finally {
    chart.destroy();
    canvas.remove();
  }
}
