// The "Who facilitated" card: the team's rota, kept with the team across its sessions: who was handed the
// facilitator role, for what, by whom and when. Read again whenever a turn starts or ends.

import { el, replace, setText, show } from '/js/dom.js';
import { getJson } from '/js/api.js';

const $ = (id) => document.getElementById(id);
const time = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
const day = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });

export function setUpRota(ctx) {
  let turn = undefined; // the grant id (or null) the rota was last read for
  let loading = false;
  let again = false;

  async function load() {
    const teamId = ctx.snapshots.session?.teamId;
    if (!teamId || !ctx.key) return;
    if (loading) {
      again = true;
      return;
    }
    loading = true;
    try {
      draw(await getJson(`/api/teams/${encodeURIComponent(teamId)}/rota`, { token: ctx.key }));
      setText($('rota-status'), '');
    } catch (error) {
      setText($('rota-status'), `Could not read the rota just now: ${error.message}`);
    } finally {
      loading = false;
      if (again) {
        again = false;
        load();
      }
    }
  }

  function draw(entries) {
    const newestFirst = [...entries].reverse();
    const here = newestFirst.filter((entry) => entry.sessionId === ctx.sessionId);
    const earlier = newestFirst.filter((entry) => entry.sessionId !== ctx.sessionId);
    show($('rota-empty'), entries.length === 0);
    show($('rota-here'), here.length > 0);
    show($('rota-earlier'), earlier.length > 0);
    replace($('rota-here-list'), here.map((entry) => line(entry, false)));
    replace($('rota-earlier-list'), earlier.map((entry) => line(entry, true)));
  }

  /** "Sam — “Check-in” · 10:02–10:09 · handed by Lead facilitator" (and the session and day for earlier ones). */
  function line(entry, withSession) {
    const from = new Date(entry.from);
    const until = entry.until ? time.format(new Date(entry.until)) : 'now';
    const what = entry.activityTitle ? `“${entry.activityTitle}”` : 'the whole session';
    const when = `${withSession ? `${entry.sessionTitle}, ${day.format(from)}, ` : ''}${time.format(from)}–${until}`;
    return el(
      'li',
      { class: 'rota-entry', 'data-test': 'rota-entry' },
      el('span', { class: 'rota-who', text: entry.name }),
      ` — ${what}`,
      el('span', { class: 'hint', text: ` · ${when} · handed by ${entry.givenBy}` }),
    );
  }

  ctx.onRender(() => {
    const grantId = ctx.snapshots.session?.grant?.grantId ?? null;
    if (grantId === turn || !ctx.snapshots.session?.teamId) return;
    turn = grantId;
    load();
  });

  return { load };
}
