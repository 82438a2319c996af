// The salary table's optional charts, as inline SVG. The table stays the primary
// content; each chart has a caption and an accessible name that states its values.
import {html, nothing, svg} from 'lit';

const WIDTH = 360;
const HEIGHT = 96;
const MARGIN = 36;
/** Horizontal room a value label needs, in the chart's units. */
const LABEL_ROOM = 48;
/** Editions further apart than this many years (a year without figures) are not joined by the median line. */
const MAX_STEP = 1;

export interface Mark {
  value: number;
  /** Shown under or over the mark, e.g. "$33,750". */
  label: string;
}

export interface Distribution {
  p10?: Mark;
  p25?: Mark;
  median?: Mark;
  p75?: Mark;
  p90?: Mark;
}

/** x of a value, from the inline start: mirrored for right-to-left. */
function scale(max: number, rtl: boolean) {
  return (value: number) => {
    const x = MARGIN + (value / max) * (WIDTH - 2 * MARGIN);
    return rtl ? WIDTH - x : x;
  };
}

/** A 10th–90th band, a 25th–75th box and a median mark, with whichever an edition has. */
export function distributionChart(d: Distribution, {name, caption, rtl}: {name: string; caption: string; rtl: boolean}) {
  const values = [d.p10, d.p25, d.median, d.p75, d.p90].filter((mark): mark is Mark => mark !== undefined);
  const x = scale(Math.max(...values.map((mark) => mark.value)) * 1.05, rtl);
  const span = (from: Mark, to: Mark, y: number, height: number, part: string) =>
    svg`<rect class=${part} x=${Math.min(x(from.value), x(to.value))} y=${y} width=${Math.abs(x(to.value) - x(from.value))} height=${height} rx="2"></rect>`;
  const label = (mark: Mark, y: number, part = 'label') => svg`<text class=${part} x=${x(mark.value)} y=${y} text-anchor="middle">${mark.label}</text>`;
  return html`<figure part="chart" class="chart">
    <svg role="img" aria-label=${name} viewBox="0 0 ${WIDTH} ${HEIGHT}" preserveAspectRatio="xMidYMid meet">
      <line class="axis" x1=${MARGIN / 2} x2=${WIDTH - MARGIN / 2} y1="62" y2="62"></line>
      ${d.p10 && d.p90 ? span(d.p10, d.p90, 38, 20, 'band') : nothing}
      ${d.p25 && d.p75 ? span(d.p25, d.p75, 34, 28, 'box') : nothing}
      ${d.median ? svg`<line class="median" x1=${x(d.median.value)} x2=${x(d.median.value)} y1="28" y2="66"></line>` : nothing}
      ${d.median ? label(d.median, 20, 'label strong') : nothing}
      ${[d.p10, d.p25, d.p75, d.p90].map((mark, i) => (mark ? label(mark, i % 2 ? 92 : 80) : nothing))}
    </svg>
    <figcaption>${caption}</figcaption>
  </figure>`;
}

/** Medians by year: one point per edition, joined in time order. */
export function trendChart(points: (Mark & {year: number; yearLabel: string})[], {name, caption, rtl}: {name: string; caption: string; rtl: boolean}) {
  const sorted = [...points].sort((a, b) => a.year - b.year);
  const first = sorted[0].year;
  const last = sorted.at(-1)!.year;
  const max = Math.max(...sorted.map((p) => p.value)) * 1.05;
  const min = Math.min(...sorted.map((p) => p.value)) * 0.9;
  const xOfYear = (year: number) => {
    const x = MARGIN + (last === first ? 0.5 : (year - first) / (last - first)) * (WIDTH - 2 * MARGIN);
    return rtl ? WIDTH - x : x;
  };
  const y = (value: number) => 70 - ((value - min) / (max - min)) * 48;
  // Many years (2008–2025) do not all fit a label: the first and the last always have one, the
  // others where there is room; the accessible name states every value.
  let lastLabelled = -Infinity;
  const labelled = sorted.map((p, i) => {
    const x = Math.abs(xOfYear(p.year) - xOfYear(first));
    const room = i === 0 || i === sorted.length - 1 ? true : x - lastLabelled >= LABEL_ROOM && Math.abs(xOfYear(last) - xOfYear(p.year)) >= LABEL_ROOM;
    if (room) lastLabelled = x;
    return room;
  });
  // Years without figures leave a gap in the line, not a straight join across them.
  const runs = sorted.reduce<(typeof sorted)[]>((all, p, i) => {
    if (i && p.year - sorted[i - 1].year > MAX_STEP) all.push([p]);
    else all.at(-1)!.push(p);
    return all;
  }, [[]]);
  return html`<figure part="chart" class="chart">
    <svg role="img" aria-label=${name} viewBox="0 0 ${WIDTH} ${HEIGHT}" preserveAspectRatio="xMidYMid meet">
      ${runs.map((run) => svg`<polyline class="line" points=${run.map((p) => `${xOfYear(p.year)},${y(p.value)}`).join(' ')}></polyline>`)}
      ${sorted.map(
        (p, i) => svg`<circle class="point" cx=${xOfYear(p.year)} cy=${y(p.value)} r="3.5"></circle>
          ${labelled[i]
            ? svg`<text class="label" x=${xOfYear(p.year)} y=${y(p.value) - 8} text-anchor="middle">${p.label}</text>
                <text class="label" x=${xOfYear(p.year)} y="90" text-anchor="middle">${p.yearLabel}</text>`
            : nothing}`,
      )}
    </svg>
    <figcaption>${caption}</figcaption>
  </figure>`;
}
