// Facilitator console: invite the room, see who is here, build the agenda and steer the current
// activity; leads also hand out and revoke co-facilitator links. One module per card (js/console/);
// this file wires them to the connection and the snapshots.

import { byTest, setText, show } from '/js/dom.js';
import { connectLive } from '/js/live-connection.js';
import { setUpResultsDownload } from '/js/results-download.js';
import { loadKinds } from '/js/activities/registry.js';
import { createConsoleContext } from '/js/console/context.js';
import { setUpInvite } from '/js/console/invite.js';
import { setUpPeople } from '/js/console/people.js';
import { setUpFacilitators } from '/js/console/facilitators.js';
import { setUpAgenda } from '/js/console/agenda.js';
import { setUpTemplates } from '/js/console/templates.js';
import { setUpCurrentActivity } from '/js/console/current-activity.js';
import { setUpAddActivity } from '/js/console/add-activity.js';
import { setUpHandOver } from '/js/console/hand-over.js';
import { setUpRota } from '/js/console/rota.js';
import { rememberTeam } from '/js/team/known-teams.js';

const $ = (id) => document.getElementById(id);
const badge = byTest('connection-state');
const ctx = createConsoleContext();

/** Hides the console behind the "needs its secret link" notice. */
ctx.showNoKey = (reason) => {
  show($('console'), false);
  show($('no-key'), true);
  show(badge, false);
  if (reason) setText($('no-key-reason'), reason);
};

if (!ctx.key) {
  ctx.showNoKey();
  setText($('team-name'), 'AntiLeadership Live');
  setText($('session-title'), 'Facilitator console');
} else {
  start();
}

async function start() {
  const kinds = await loadKinds();
  const invite = setUpInvite(ctx);
  setUpPeople(ctx);
  setUpHandOver(ctx);
  const rota = setUpRota(ctx);
  const facilitators = setUpFacilitators(ctx);
  setUpCurrentActivity(ctx, kinds);
  setUpAgenda(ctx, kinds);
  setUpTemplates(ctx, kinds);
  setUpAddActivity(ctx, kinds);
  setUpResultsDownload($('results'), { sessionId: ctx.sessionId, key: () => ctx.key, showError: ctx.showError });
  ctx.onRender(renderTitles);

  ctx.live = connectLive({
    sessionId: ctx.sessionId,
    accessToken: () => ctx.key,
    badge,
    onRefused: (message, retrying) => (retrying ? ctx.showError(message) : facilitators.accessLost(message, false)),
    handlers: {
      CredentialRevoked: (message) => facilitators.accessLost(message, true),
      SessionChanged(view) {
        if (!ctx.snapshots.applySession(view)) return;
        ctx.rerender();
        if (facilitators.keysWanted) facilitators.loadKeys(); // the first snapshot after connecting brings the team id
      },
      ActivityChanged(view) {
        if (ctx.snapshots.applyActivity(view)) ctx.rerender();
      },
    },
  });
  ctx.live.onConnected(invite.loadLinks);
  ctx.live.onConnected(facilitators.loadKeys);
  ctx.live.onConnected(rota.load);
}

function renderTitles() {
  const session = ctx.snapshots.session;
  if (!session) return;
  if (!session.exists) {
    setText($('session-title'), 'Session not found');
    ctx.showError('There is no session at this address. Check the facilitator link.');
    return;
  }
  setText($('team-name'), session.teamName);
  setText($('session-title'), session.title);
  // The team's plan and programme, across its sessions; the key travels in the fragment, as here.
  const teamHome = $('team-home-link');
  teamHome.href = `/team/${encodeURIComponent(session.teamId)}#key=${encodeURIComponent(ctx.key ?? '')}`;
  teamHome.hidden = false;
  rememberTeam(session.teamId, session.teamName, ctx.key);
  document.title = `${session.title} · Facilitator console`;
}
