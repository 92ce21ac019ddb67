// The printable report, of one session (/report/{sessionId}) or of the team's whole programme
// (/team/{teamId}/report), at any time. The facilitator key comes in the fragment, as the console's
// link gives it, and goes to the server only as a bearer token. Printing is the browser's: the print
// styles (css/report.css) drop the buttons and start each session on a new page.

import { getJson } from '/js/api.js';
import { el, replace, setText, show, byTest, store } from '/js/dom.js';
import { renderActivity } from '/js/report/activity-results.js';
import { renderPlan } from '/js/report/plan.js';
import { formatDay } from '/js/report/dates.js';
import { setUpDownload } from '/js/report/downloads.js';
import { renderResultsOverTime } from '/js/team/results-over-time.js';

const $ = (id) => document.getElementById(id);
const showError = (message) => setText(byTest('error'), message);
const decoded = (part) => {
  try {
    return decodeURIComponent(part);
  } catch {
    return part; // a mangled address names no session: the server says so
  }
};
const parts = location.pathname.split('/').filter(Boolean).map(decoded);
const programme = parts[0] === 'team';
const id = parts[1] ?? '';
// A console opened in this browser remembers its key per session; the link brings it in the fragment.
const key = new URLSearchParams(location.hash.slice(1)).get('key') ?? (programme ? null : store.get(`antileadership.facilitator.${id}`));
const api = (path) => `/api/${path}`;

function sessionSection(session, index) {
  const headingId = `session-${index}`;
  return el(
    'section',
    { class: 'report-session', id: `s-${session.sessionId}`, 'aria-labelledby': headingId, 'data-test': 'report-session' },
    el('h2', { id: headingId, text: session.title }),
    el('p', { class: 'hint', text: session.startedAt ? `Started ${formatDay(session.startedAt)}` : 'Start date not kept' }),
    session.results.activities.length
      ? session.results.activities.map((activity) => renderActivity(activity, 3))
      : el('p', { class: 'hint', text: 'No activities.' }),
  );
}

function timeline(sessions) {
  return el(
    'section',
    { class: 'report-timeline', 'aria-labelledby': 'timeline-heading', 'data-test': 'report-timeline' },
    el('h2', { id: 'timeline-heading', text: 'Sessions so far' }),
    sessions.length
      ? el('ol', {}, sessions.map((s) => el('li', {}, el('span', { class: 'timeline-day', text: formatDay(s.startedAt) || 'date not kept' }), ' ', el('a', { href: `#s-${s.sessionId}`, text: s.title }))))
      : el('p', { class: 'hint', text: 'No sessions yet.' }),
  );
}

function wireActions(teamId, csvUrl) {
  const print = $('print');
  print.disabled = false;
  print.addEventListener('click', () => window.print());
  setUpDownload($('download-csv'), { url: csvUrl, key, fallbackName: 'results.csv', showError });
  setUpDownload($('download-plan'), { url: api(`teams/${encodeURIComponent(teamId)}/plan.md`), key, fallbackName: 'living-plan.md', showError });
}

async function showProgramme() {
  const report = await getJson(api(`teams/${encodeURIComponent(id)}/report.json`), { token: key });
  document.title = `${report.teamName}: programme report · AntiLeadership Live`;
  setText($('report-kind'), 'Programme report');
  setText($('report-title'), report.teamName);
  setText($('report-meta'), `${report.sessions.length === 1 ? '1 session' : `${report.sessions.length} sessions`} · report of ${formatDay(report.exportedAt)}`);
  wireActions(report.teamId, api(`teams/${encodeURIComponent(report.teamId)}/results.csv`));
  const overTime = await getJson(api(`teams/${encodeURIComponent(id)}/home/results`), { token: key });
  replace($('report-body'), timeline(report.sessions), renderPlan(report.plan), resultsOverTime(overTime.groups), report.sessions.map(sessionSection));
}

/** The questions the team asked again, each as charts and a table beside earlier sessions; none asked twice, nothing. */
function resultsOverTime(groups) {
  const repeated = groups.filter((group) => group.sessions > 1);
  if (repeated.length === 0) return null;
  const section = el('section', { class: 'report-section', 'aria-labelledby': 'over-time-heading' }, el('h2', { id: 'over-time-heading', text: 'Results over time' }));
  // Drawn once the section is in the page (the charts measure their box); the tables print with them.
  queueMicrotask(() => repeated.forEach((group) => renderResultsOverTime(section, group, { headingLevel: 3, tableShown: true })));
  return section;
}

async function showSession() {
  const report = await getJson(api(`sessions/${encodeURIComponent(id)}/report.json`), { token: key });
  document.title = `${report.title}: report · AntiLeadership Live`;
  setText($('report-kind'), `Session report · ${report.teamName}`);
  setText($('report-title'), report.title);
  const started = report.startedAt ? `Started ${formatDay(report.startedAt)} · ` : '';
  setText($('report-meta'), `${started}report of ${formatDay(report.results.exportedAt)}`);
  wireActions(report.teamId, api(`sessions/${encodeURIComponent(id)}/results.csv`));
  const programmeLink = $('programme-link');
  programmeLink.href = `/team/${encodeURIComponent(report.teamId)}/report#key=${encodeURIComponent(key)}`;
  show(programmeLink, true);
  replace(
    $('report-body'),
    report.results.activities.length
      ? report.results.activities.map((activity) => renderActivity(activity, 2))
      : el('p', { class: 'hint', text: 'No activities yet.' }),
  );
}

async function start() {
  if (!key) {
    showError('This report needs the facilitator link: open it from the console of the session.');
    show($('loading'), false);
    return;
  }
  try {
    await (programme ? showProgramme() : showSession());
  } catch (error) {
    showError(error.message);
  } finally {
    show($('loading'), false);
  }
}

start();
