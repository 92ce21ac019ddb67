// The room board: join code and QR, and the current activity, legible from the back of the room.
// It only ever receives the audience views, so a hidden tally is never in this page at all.

import { byTest, el, lastPathSegment, replace, setText, show, showJoinCode } from '/js/dom.js';
import { getJson, retryWhileUnreachable } from '/js/api.js';
import { connectLive, isNewer } from '/js/live-connection.js';
import { rankStatements } from '/js/ranking.js';
import {
  CULTURE_PRIORITIES,
  audienceStatusText,
  createCountdown,
  createRankingChart,
  hasVisibleTally,
  normalizeStatus,
  plural,
} from '/js/culture-priorities.js';

const updateCountdown = createCountdown(byTest('time-left'));

const sessionId = lastPathSegment();
const $ = (id) => document.getElementById(id);

let session = null;
let joinUrl = null; // the LAN address from /links, so phones can reach it
const activities = new Map(); // activityId → newest view
const drawRanking = createRankingChart($('board-ranking'));

byTest('join-qr').src = `/api/sessions/${encodeURIComponent(sessionId)}/join-qr.svg`;
setUpFullScreen(byTest('fullscreen'));

let refusal = ''; // a refusal shown while the board tries again (too many boards), cleared once it is in
const live = connectLive({
  sessionId,
  badge: byTest('connection-state'),
  onRefused: (message) => {
    refusal = message;
    setText(byTest('error'), message);
  },
  handlers: {
    // The board has no credential to revoke; registered so a stray message is shown, not lost.
    CredentialRevoked: (message) => setText(byTest('error'), message),
    SessionChanged(view) {
      if (!isNewer(view, session)) return;
      session = view;
      render();
    },
    ActivityChanged(view) {
      if (!isNewer(view, activities.get(view.activityId))) return;
      activities.set(view.activityId, view);
      render();
    },
  },
});

live.onConnected(() => {
  if (refusal && byTest('error').textContent === refusal) setText(byTest('error'), '');
  refusal = '';
});

let linksLoading = false;
live.onConnected(async () => {
  if (joinUrl || linksLoading) return;
  linksLoading = true;
  try {
    const links = await retryWhileUnreachable(() => getJson(`/api/sessions/${encodeURIComponent(sessionId)}/links`));
    joinUrl = links.joinUrl;
    render();
  } catch (error) {
    setText(byTest('error'), error.message);
  } finally {
    linksLoading = false;
  }
});

function render() {
  if (!session) return;
  if (!session.exists) {
    setText($('board-session-title'), 'No session here');
    setText(byTest('error'), 'This board link does not belong to an open session.');
    return;
  }
  setText($('board-team'), session.teamName);
  setText($('board-session-title'), session.title);
  document.title = `${session.title} · Board`;
  const code = byTest('join-code');
  showJoinCode(code, session.joinCode);
  code.dataset.length = session.joinCode.length > 8 ? 'long' : session.joinCode.length > 6 ? 'medium' : 'short';
  setText(byTest('present-count'), session.presentCount);
  show(byTest('joining-closed'), session.joiningOpen === false);
  // Until /links answers, show this page's own address (right whenever the board is not on localhost).
  // The scheme is left off: it is noise for people typing the address into a phone.
  const url = joinUrl ?? `${location.origin}/join/${encodeURIComponent(session.joinCode)}`;
  showUrl($('board-join-url'), url.replace(/^https?:\/\//, ''));

  const view = session.currentActivityId ? activities.get(session.currentActivityId) : undefined;
  const supported = view?.kind === CULTURE_PRIORITIES;
  show($('board-waiting'), !supported);
  show($('board-activity'), supported);
  if (supported) renderVote(view);
  else document.body.dataset.compact = 'false';
}

function renderVote(view) {
  setText(byTest('activity-title'), view.title);
  const status = normalizeStatus(view.status);
  const statusNode = byTest('voting-status');
  statusNode.dataset.status = status;
  setText(statusNode, audienceStatusText(status));
  updateCountdown(view);
  show(byTest('anonymous-tag'), view.anonymous === true);

  const visible = hasVisibleTally(view);
  show($('board-hidden'), !visible);
  show($('board-results'), visible);
  // A ranking needs the room: the join panel steps back while one is showing.
  document.body.dataset.compact = String(visible);
  if (!visible) {
    setText(byTest('voted-count'), view.voterCount);
    setText($('board-voted-label'), plural(view.voterCount, 'person has voted', 'people have voted'));
    return;
  }
  setText(
    $('board-results-summary'),
    `${view.voterCount} ${plural(view.voterCount, 'person', 'people')} · ${view.dotsPlaced} ${plural(view.dotsPlaced, 'dot', 'dots')}`,
  );
  drawRanking(rankStatements(view.statements, view.tally));
  fitRanking();
}

/** Writes a URL as text with a line-break opportunity after each slash, so it wraps where it reads well. */
function showUrl(node, url) {
  if (node.dataset.url === url) return;
  node.dataset.url = url;
  const pieces = url.split(/(?<=\/)/);
  replace(node, pieces.map((piece) => [piece, el('wbr')]));
}

/**
 * Long statements or many of them must still fit on one screen: shrink the ranking's type (CSSOM, so
 * the CSP allows it) until the results area stops overflowing. A binary search keeps it to a few layouts.
 */
function fitRanking() {
  const area = $('board-results');
  const list = $('board-ranking');
  list.style.fontSize = '';
  if (area.hidden || area.scrollHeight <= area.clientHeight) return;
  let high = Number.parseFloat(getComputedStyle(list).fontSize);
  let low = 8;
  for (let step = 0; step < 7; step++) {
    const size = (low + high) / 2;
    list.style.fontSize = `${size}px`;
    if (area.scrollHeight > area.clientHeight) high = size;
    else low = size;
  }
  list.style.fontSize = `${low}px`;
}

window.addEventListener('resize', () => requestAnimationFrame(fitRanking));

/**
 * A button (and the F key) to fill the room display; it hides itself while the board is full screen,
 * and where the browser cannot do it at all.
 */
function setUpFullScreen(button) {
  if (!document.fullscreenEnabled) return;
  const toggle = () => (document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen()).catch(() => {});
  const sync = () => show(button, !document.fullscreenElement);
  button.addEventListener('click', toggle);
  document.addEventListener('keydown', (event) => {
    if (event.key === 'f' && !event.ctrlKey && !event.metaKey && !event.altKey) toggle();
  });
  document.addEventListener('fullscreenchange', sync);
  sync();
}
