// The team home (/team/{teamId}): its plan, its sessions, what it kept and its results, for the
// team's facilitators (everything, and the controls) and its members on their own phones (the plan,
// and notes between sessions). The plan stays live: every change arrives through /hubs/team.

import { getJson } from '/js/api.js';
import { byTest, lastPathSegment, replace, setText, show } from '/js/dom.js';
import { connectLive, showConnection } from '/js/live-connection.js';
import { forgetIdentity, readIdentity } from '/js/team/identity.js';
import { rememberTeam } from '/js/team/known-teams.js';
import { renderKept } from '/js/team/kept.js';
import { renderMembers } from '/js/team/members.js';
import { createPlanView } from '/js/team/plan.js';
import { topPriorities } from '/js/team/priorities.js';
import { recoveryInAddress, redeem } from '/js/team/recover.js';
import { renderResultsOverTime } from '/js/team/results-over-time.js';
import { renderSince } from '/js/team/since.js';
import { renderStrengths } from '/js/team/strengths.js';
import { nextSessionForm } from '/js/team/next-session.js';
import { renderRetention } from '/js/team/retention.js';
import { lastSessionStart, renderTimeline } from '/js/team/timeline.js';

const $ = (id) => document.getElementById(id);
const teamId = lastPathSegment();
const errorRegion = byTest('error');
const statusRegion = byTest('status');
const showError = (message) => setText(errorRegion, message);
const showStatus = (message) => setText(statusRegion, message);

let home = null;
let plan = null;

async function start() {
  const recovery = recoveryInAddress();
  if (recovery) {
    try {
      const name = await redeem(teamId, recovery, () => showStatus('Could not reach the server — trying again…'));
      showStatus(`Welcome back, ${name}: this device is yours in the team now.`);
    } catch (error) {
      history.replaceState(history.state, '', location.pathname);
      showError(error.message);
    }
  }

  const identity = readIdentity(teamId);
  if (!identity) return welcome();
  try {
    home = await getJson(`/api/teams/${encodeURIComponent(teamId)}/home`, { token: identity.token });
  } catch (error) {
    if (error.status === 401 || error.status === 403) forgetIdentity(teamId, identity);
    showError(error.status === 401 ? 'This device is not (any more) a member of this team. Ask your facilitator for a recovery link.' : error.message);
    return welcome();
  }
  // Both only grow when an activity closes: read once, with the home.
  const [results, strengths] = await Promise.all([
    getJson(`/api/teams/${encodeURIComponent(teamId)}/home/results`, { token: identity.token }).catch(() => null),
    getJson(`/api/teams/${encodeURIComponent(teamId)}/home/strengths`, { token: identity.token }).catch(() => null),
  ]);
  render(identity, results?.groups ?? [], strengths?.strengths?.length ? strengths : null);
}

function welcome() {
  setText($('team-name'), 'Team home');
  showConnection(byTest('connection-state'), 'stopped');
  show($('team-welcome'), true);
}

function render(identity, resultGroups, strengthsMap) {
  const { facilitator } = home.viewer;
  setText($('team-name'), home.name);
  setText($('team-viewer'), facilitator ? 'Team home · facilitator' : `Team home · ${home.viewer.name}`);
  document.title = `${home.name} · Team home`;
  if (facilitator) rememberTeam(teamId, home.name, identity.token);
  const since = lastSessionStart(home.sessions);
  const ctx = {
    teamId,
    token: identity.token,
    facilitator,
    members: () => home.members,
    since: () => since,
    strengths: () => strengthsMap,
    showError,
    showStatus,
  };

  const planView = createPlanView($('plan-list'), ctx);
  // What the sessions kept for the plan, and the latest vote's top priorities, each ready to become a commitment.
  const candidates = [...home.kept, ...topPriorities(resultGroups)];
  const onPlan = (next) => {
    if (plan && next.version <= plan.version) return;
    plan = next;
    planView.render(plan);
    renderSince($('team-since'), plan.commitments, home.sessions, since);
    if (facilitator) renderKept($('kept-list'), candidates, plan.commitments, promote);
  };
  const newForm = $('plan-new-form');
  const closeNew = () => replace(newForm);
  const promote = (draft) => planView.newCommitment(newForm, draft, closeNew);

  show($('team-plan'), true);
  show($('team-timeline'), home.sessions.length > 0 || facilitator);
  renderTimeline($('timeline-list'), home.sessions, { facilitator, token: identity.token });
  if (facilitator) {
    show($('plan-new'), true);
    byTest('programme-report').href = `/team/${encodeURIComponent(teamId)}/report#key=${encodeURIComponent(identity.token)}`;
    show($('programme-report'), true);
    $('team-timeline').append(nextSessionForm({ teamId, token: identity.token, showError }));
    $('plan-new').addEventListener('click', () => planView.newCommitment(newForm, {}, closeNew));
    show($('team-kept'), candidates.length > 0);
    show($('team-members'), home.members.length > 0);
    renderMembers($('members-list'), home.members, { teamId, token: identity.token, showError });
    show($('team-retention'), true);
    renderRetention($('retention'), {
      teamId,
      token: identity.token,
      teamName: home.name,
      sessions: home.sessions,
      lead: home.viewer.lead,
      // The page shows what is left, read again; a deleted team has nothing left to show.
      onDeleted: ({ kind }) => (kind === 'team' ? location.assign('/') : location.reload()),
    });
  }
  onPlan(home.plan);
  if (strengthsMap) {
    show($('team-strengths'), true);
    renderStrengths($('strengths-map'), strengthsMap);
  }
  // The questions asked again, each as a chart beside earlier sessions (one session alone is no comparison).
  const repeated = resultGroups.filter((group) => group.sessions > 1);
  show($('team-results'), repeated.length > 0);
  for (const group of repeated) renderResultsOverTime($('results-over-time'), group, { headingLevel: 3 });

  const live = connectLive({
    hubUrl: '/hubs/team',
    accessToken: identity.token,
    badge: byTest('connection-state'),
    handlers: {
      PlanChanged: onPlan,
      // A member removed or a key revoked while this page is open: what it shows is no longer theirs to see.
      CredentialRevoked: (message) => {
        live.stop();
        forgetIdentity(teamId, identity);
        for (const section of SECTIONS) show($(section), false);
        setText($('team-viewer'), '');
        showStatus('');
        showError(message);
        welcome();
      },
    },
    onRefused: (message) => showError(message),
  });
}

// Everything the team home shows of the team, hidden again when the viewer's credential stops working.
const SECTIONS = ['team-plan', 'team-since', 'team-timeline', 'team-kept', 'team-members', 'team-retention', 'team-strengths', 'team-results'];

start();
