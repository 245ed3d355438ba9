// Charts drawn as SVG (results, dashboard): no chart library, nothing from a CDN.
import { el } from './dom.js';

const SVG = 'http://www.w3.org/2000/svg';

function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  for (const child of children) node.append(child);
  return node;
}

// A horizontal bar chart: one bar per entry ({ label, value, kind }), kind 'right' or 'wrong' colours the bar
// and is also said in the label, so the chart never speaks by colour alone. The figure's label sums it up.
export function barChart(id, label, entries) {
  const rowHeight = 30;
  const labelWidth = 180;
  const width = 560;
  const max = Math.max(1, ...entries.map((e) => e.value));
  const chart = svg('svg', { id, class: 'chart', role: 'img', 'aria-label': label,
    viewBox: `0 0 ${width} ${entries.length * rowHeight + 4}`, preserveAspectRatio: 'xMinYMin meet' });
  chart.append(svg('title', {}, label));
  entries.forEach((entry, i) => {
    const y = i * rowHeight + 2;
    const barWidth = Math.round(((width - labelWidth - 50) * entry.value) / max);
    const text = entry.label.length > 26 ? `${entry.label.slice(0, 25)}…` : entry.label;
    chart.append(
      svg('text', { x: labelWidth - 8, y: y + 19, 'text-anchor': 'end', class: 'chart-label' }, `${entry.kind === 'right' ? '✓ ' : ''}${text}`),
      svg('rect', { x: labelWidth, y: y + 4, width: Math.max(barWidth, entry.value > 0 ? 2 : 0), height: rowHeight - 10, rx: 3,
        class: `chart-bar ${entry.kind ?? ''}`, 'data-value': entry.value }),
      svg('text', { x: labelWidth + barWidth + 6, y: y + 19, class: 'chart-value' }, String(entry.value)));
  });
  return el('figure', { class: 'chart-figure' }, chart);
}
