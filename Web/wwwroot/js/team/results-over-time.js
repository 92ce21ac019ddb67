// Results over time: one series group of the team's results (the same statements voted on again, a
// check-in question, the strengths map) drawn as a chart of this session beside earlier ones, and as a
// table of the same numbers for screen readers and for anyone who prefers numbers.
//
// API (used by the team home and the comparison card):
//
//   import { renderResultsOverTime } from '/js/team/results-over-time.js';
//   const view = renderResultsOverTime(container, group, { sessionId, headingLevel, tableShown });
//   view.update(group, options);   // draw newer numbers (the same group, or another)
//   view.showTable(true | false);  // the "Show as table" toggle, from outside (the board shows it)
//   view.destroy();                // frees the charts (call before dropping the container)
//
// `group` is one entry of GET /api/teams/{teamId}/home/results → `groups` (a comparison card's view
// carries the same shape as `group`): { groupId, kind, label, measure: 'agreement' | 'scale' | 'count',
// sessions, series: [{ wording, points: [{ sessionId, sessionTitle, at, people, average, spread, count,
// fewerThanThree, buckets, newlySeen }] }] }.
// `sessionId` names "this session" (default: the latest session in the group); it is set beside the
// session before it. The table is always in the page (screen readers read it); `tableShown` makes it
// visible too. Every text goes in with textContent; the charts' canvases carry an aria-label summary.

import '/lib/chart.js/chart.umd.min.js';
import { el, replace } from '/js/dom.js';

const Chart = globalThis.Chart;

// This session, the one before, then older ones: each at least 3:1 against the page (WCAG 1.4.11; a
// light set on a dark board, a dark set on a light console) and told apart without colour too (legend
// order, the table).
const ON_LIGHT = ['#1e40af', '#b45309', '#0f766e', '#4b5563'];
const ON_DARK = ['#93c5fd', '#fbbf24', '#5eead4', '#d1d5db'];
const MOST_SESSIONS = 4; // in a chart; the table holds this session and the one before
const LABEL_LENGTH = 22;

let views = 0;

export function renderResultsOverTime(container, group, options = {}) {
  const id = `results-over-time-${++views}`;
  const root = el('div', { class: 'results-over-time', 'data-test': 'results-over-time' });
  container.append(root);
  let charts = [];
  let drawn = '';
  let tableShown = Boolean(options.tableShown);
  let table = null;
  let toggle = null;

  function destroyCharts() {
    for (const chart of charts) chart.destroy();
    charts = [];
  }

  function showTable(shown) {
    tableShown = Boolean(shown);
    if (!table) return;
    table.classList.toggle('visually-hidden', !tableShown);
    toggle.setAttribute('aria-expanded', String(tableShown));
    toggle.textContent = tableShown ? 'Hide the table' : 'Show as table';
  }

  function update(nextGroup, nextOptions = options) {
    options = nextOptions ?? {};
    const key = JSON.stringify([nextGroup, options.sessionId ?? null]);
    if (key === drawn) return;
    drawn = key;
    destroyCharts();
    if (!nextGroup || !nextGroup.series?.length) {
      replace(root, el('p', { class: 'hint', 'data-test': 'results-over-time-empty', text: 'No results recorded for this yet: they are kept when an activity closes.' }));
      table = null;
      return;
    }

    const model = modelOf(nextGroup, options.sessionId);
    const summary = summaryOf(nextGroup, model);
    table = tableOf(nextGroup, model, `${id}-table`);
    toggle = el('button', { type: 'button', class: 'button small results-over-time-toggle', 'aria-controls': `${id}-table`, 'data-test': 'results-over-time-toggle', onclick: () => showTable(!tableShown) });
    const level = Math.min(6, Math.max(2, options.headingLevel ?? 3));
    const canvases = chartSpecs(nextGroup, model).map((spec) => ({ spec, canvas: el('canvas', { role: 'img', 'aria-label': `${spec.title}. ${summary}` }) }));
    replace(
      root,
      el(`h${level}`, { class: 'results-over-time-heading', text: headingOf(nextGroup, model) }),
      el('p', { class: 'results-over-time-summary', 'data-test': 'results-over-time-summary', text: summary }),
      el('div', { class: 'results-over-time-charts' }, canvases.map(({ canvas, spec }) => {
        const box = el('div', { class: 'results-over-time-chart', 'data-test': 'results-over-time-chart' }, canvas);
        // Sized in em so the board's fitting (it shrinks the font) shrinks the charts too.
        box.style.height = `${Math.max(7, spec.labels.length * (0.8 + 0.7 * spec.datasets.length) + 4)}em`;
        return box;
      })),
      newlySeenOf(nextGroup, model),
      toggle,
      table,
    );
    showTable(tableShown);
    const colour = getComputedStyle(root).color || '#1f2937';
    const palette = isLight(colour) ? ON_DARK : ON_LIGHT;
    for (const { spec } of canvases) spec.datasets.forEach((dataset) => { dataset.backgroundColor = palette[dataset.age]; });
    // Read when the chart draws (it redraws on every resize): text follows the page's size, which the
    // board shrinks until everything fits.
    const size = (share) => () => ({ size: Math.max(10, Math.round(parseFloat(getComputedStyle(root).fontSize) * share)) });
    charts = canvases.map(({ canvas, spec }) => new Chart(canvas, chartConfig(spec, colour, size)));
  }

  update(group, options);
  return { update, showTable, destroy: destroyCharts };
}

/** Sessions in time order (one point per series each: a session's last), which is "this" and which came before it. */
function modelOf(group, sessionId) {
  const sessions = new Map();
  for (const series of group.series) {
    for (const point of series.points) {
      if (!sessions.has(point.sessionId)) sessions.set(point.sessionId, { sessionId: point.sessionId, title: point.sessionTitle, at: point.at });
    }
  }
  const ordered = [...sessions.values()].sort((a, b) => String(a.at).localeCompare(String(b.at)));
  let thisIndex = ordered.findIndex((s) => s.sessionId === sessionId);
  if (thisIndex < 0) thisIndex = ordered.length - 1;
  const shown = ordered.slice(Math.max(0, thisIndex - MOST_SESSIONS + 1), thisIndex + 1);
  const pointOf = (series, session) => [...series.points].reverse().find((p) => p.sessionId === session?.sessionId) ?? null;
  return { shown, current: ordered[thisIndex], earlier: thisIndex > 0 ? ordered[thisIndex - 1] : null, pointOf };
}

const isCount = (group) => group.measure === 'count';

/** The number a chart and the table show for a point: agreement and spread out of 100, a 1–5 average, a count. */
function valueOf(group, point, what = 'average') {
  if (!point) return null;
  if (isCount(group)) return point.count ?? null;
  const value = point[what];
  if (value === null || value === undefined) return null;
  return what === 'average' && group.measure === 'scale' ? Math.round(value * 10) / 10 : Math.round(value * 100);
}

function shown(group, point, what = 'average') {
  if (!point) return 'not asked';
  const value = valueOf(group, point, what);
  if (value !== null) return group.measure === 'scale' && what === 'average' ? value.toFixed(1) : String(value);
  if (point.fewerThanThree) return isCount(group) && point.people >= 3 ? '1 or 2' : 'fewer than 3 took part';
  return '—';
}

function shiftOf(group, before, after, what = 'average') {
  const a = valueOf(group, before, what);
  const b = valueOf(group, after, what);
  if (a === null || b === null) return { text: '—', value: null };
  const shift = Math.round((b - a) * 10) / 10;
  if (shift === 0) return { text: 'no change', value: 0 };
  return { text: `${shift > 0 ? '+' : '−'}${Math.abs(shift)}`, value: shift };
}

const dateOf = (at) => {
  const date = new Date(at);
  return Number.isNaN(date.getTime()) ? '' : date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
};
const sessionName = (session) => (session ? `${session.title} (${dateOf(session.at)})` : '');
// A chart label in lines of at most LABEL_LENGTH characters (Chart.js draws an array as lines), so a
// long statement is read whole rather than cut at the chart's edge.
function short(text) {
  const lines = [];
  for (const word of text.split(/\s+/)) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last].length + 1 + word.length <= LABEL_LENGTH) lines[last] += ` ${word}`;
    else lines.push(word);
  }
  return lines.length > 1 ? lines : text;
}

function headingOf(group, model) {
  return model.earlier ? `${group.label}: ${sessionName(model.current)} beside ${sessionName(model.earlier)}` : `${group.label}: ${sessionName(model.current)}`;
}

/** One or two sentences of what the chart shows, for the canvas's aria-label and for everyone above it. */
function summaryOf(group, model) {
  const what = isCount(group) ? 'people seen with each strength' : group.measure === 'scale' ? 'the average answer (1 to 5)' : 'agreement (0 to 100)';
  if (!model.earlier) return `Only one session so far: ${what} in ${model.current.title}. Earlier sessions appear here once the team asks this again.`;
  const shifts = group.series
    .map((series) => ({ series, shift: shiftOf(group, model.pointOf(series, model.earlier), model.pointOf(series, model.current)) }))
    .filter((s) => s.shift.value !== null);
  const largest = shifts.sort((a, b) => Math.abs(b.shift.value) - Math.abs(a.shift.value))[0];
  const start = `${what[0].toUpperCase()}${what.slice(1)} in ${model.current.title} beside ${model.earlier.title}.`;
  if (!largest || largest.shift.value === 0) return `${start} No change large enough to name.`;
  const before = shown(group, model.pointOf(largest.series, model.earlier));
  const after = shown(group, model.pointOf(largest.series, model.current));
  return `${start} Largest shift: “${largest.series.wording}”, from ${before} to ${after} (${largest.shift.text}).`;
}

/** The charts: averages (or counts) per series, and for agreement and scales the spread beside them. */
function chartSpecs(group, model) {
  let series = group.series;
  if (isCount(group)) {
    // A catalogue of thirty strengths: chart those anyone was seen with in the sessions shown.
    series = series.filter((s) => model.shown.some((session) => (valueOf(group, model.pointOf(s, session)) ?? 0) > 0 || model.pointOf(s, session)?.fewerThanThree));
  }
  const labels = series.map((s) => short(s.wording));
  const datasets = (what) =>
    model.shown.map((session, i) => ({
      label: sessionName(session),
      data: series.map((s) => valueOf(group, model.pointOf(s, session), what)),
      age: Math.min(model.shown.length - 1 - i, ON_LIGHT.length - 1),
    })).reverse();
  if (isCount(group)) return [{ title: 'People seen with each strength', labels, datasets: datasets('count'), max: undefined }];
  const average = group.measure === 'scale'
    ? { title: 'Average answer (1 to 5)', labels, datasets: datasets('average'), min: 1, max: 5 }
    : { title: 'Agreement (0 to 100)', labels, datasets: datasets('average'), min: 0, max: 100 };
  return [average, { title: 'Spread (0 one voice, 100 two camps)', labels, datasets: datasets('spread'), min: 0, max: 100 }];
}

/** Whether a CSS colour (rgb(…) as computed) is light: text that light means a dark page. */
function isLight(colour) {
  const [r, g, b] = (colour.match(/\d+(\.\d+)?/g) ?? ['0', '0', '0']).map(Number);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b > 140;
}

function chartConfig(spec, colour, size) {
  return {
    type: 'bar',
    data: { labels: spec.labels, datasets: spec.datasets },
    options: {
      indexAxis: 'y',
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      color: colour,
      scales: {
        x: { min: spec.min ?? 0, max: spec.max, ticks: { color: colour, precision: 0, font: size(0.7) }, grid: { color: 'rgba(107, 114, 128, 0.35)' } },
        y: { ticks: { color: colour, font: size(0.7) }, grid: { display: false } },
      },
      plugins: {
        title: { display: true, text: spec.title, color: colour, font: () => ({ ...size(0.85)(), weight: 'bold' }) },
        legend: { position: 'bottom', labels: { color: colour, font: size(0.7) } },
        tooltip: { enabled: true },
      },
    },
  };
}

function newlySeenOf(group, model) {
  if (!isCount(group)) return null;
  const newly = group.series.filter((s) => model.pointOf(s, model.current)?.newlySeen).map((s) => s.wording);
  if (!newly.length) return null;
  return el('p', { class: 'results-over-time-newly', 'data-test': 'results-over-time-newly' }, el('strong', { text: 'Newly seen in the team: ' }), newly.join(', '));
}

/** The same numbers as the charts, for screen readers and for reading: this session beside the one before, and the shift. */
function tableOf(group, model, id) {
  const earlier = model.earlier;
  const count = isCount(group);
  const heads = [count ? 'Strength' : group.measure === 'scale' ? 'Question' : 'Statement'];
  const measure = count ? 'people' : group.measure === 'scale' ? 'average' : 'agreement';
  if (earlier) heads.push(`${earlier.title}: ${measure}`);
  heads.push(`${model.current.title}: ${measure}`);
  if (earlier) heads.push('Shift');
  if (!count) {
    if (earlier) heads.push(`${earlier.title}: spread`);
    heads.push(`${model.current.title}: spread`);
  } else {
    heads.push('Newly seen');
  }

  const rows = group.series
    .filter((s) => !count || model.pointOf(s, model.current) || model.pointOf(s, earlier))
    .map((series) => {
      const before = model.pointOf(series, earlier);
      const now = model.pointOf(series, model.current);
      const cells = [el('th', { scope: 'row', text: series.wording })];
      if (earlier) cells.push(el('td', { text: shown(group, before) }));
      cells.push(el('td', { text: shown(group, now) }));
      if (earlier) cells.push(el('td', { 'data-test': 'results-over-time-shift', text: shiftOf(group, before, now).text }));
      if (!count) {
        if (earlier) cells.push(el('td', { text: shown(group, before, 'spread') }));
        cells.push(el('td', { text: shown(group, now, 'spread') }));
      } else {
        cells.push(el('td', { text: now?.newlySeen ? 'yes' : '' }));
      }
      return el('tr', {}, cells);
    });

  const scale = count ? '' : group.measure === 'scale' ? ' Average on 1 to 5; spread from 0 (one voice) to 100 (two camps).' : ' Agreement and spread out of 100; spread 0 is one voice, 100 two camps.';
  return el(
    'table',
    { id, class: 'results-over-time-table', 'data-test': 'results-over-time-table' },
    el('caption', { text: `${headingOf(group, model)}.${scale}` }),
    el('thead', {}, el('tr', {}, heads.map((text) => el('th', { scope: 'col', text })))),
    el('tbody', {}, rows),
  );
}
