// The room board: join code and QR, and the current activity, legible from the back of the room.
// It only ever receives the audience views, so a hidden tally is never in this page at all.

import { byTest, el, lastPathSegment, replace, setText, show, showJoinCode } from '/js/dom.js';
import { getJson, retryWhileUnreachable } from '/js/api.js';
import { connectLive } from '/js/live-connection.js';
import { createSnapshots } from '/js/snapshots.js';
import { addStylesOf, loadKinds } from '/js/activities/registry.js';
import { audienceStatusText, createCountdown, stepTimerOf, normalizeStatus, participation, stageMoment, takesInput, wordsOf } from '/js/activity-stage.js';

const updateCountdown = createCountdown(byTest('time-left'));

const sessionId = lastPathSegment();
const $ = (id) => document.getElementById(id);

const snapshots = createSnapshots();
let joinUrl = null; // the LAN address from /links, so phones can reach it
let kinds = null; // Map(name → kind) once the registry has loaded
let mounted = null; // { activityId, instance } the body currently shows
let moment = ''; // see stageMoment: what changes for everyone gets a moment of animation
loadKinds().then((loaded) => {
  kinds = loaded;
  render();
});

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
      if (snapshots.applySession(view)) render();
    },
    ActivityChanged(view) {
      if (snapshots.applyActivity(view)) render();
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
  const session = snapshots.session;
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

  const view = snapshots.current();
  const kind = view ? kinds?.get(view.kind) : undefined;
  show($('board-waiting'), !kind);
  show($('board-activity'), Boolean(kind));
  if (!kind) {
    document.body.dataset.compact = 'false';
    setText($('board-waiting-sub'), session.currentActivityId ? 'The next activity is on its way.' : 'The first activity starts soon.');
    return;
  }
  renderActivity(kind, view, session);
}

/** The parts every kind shares, then the kind's own body. */
function renderActivity(kind, view, session) {
  if (mounted?.activityId !== view.activityId) {
    // The first time a kind shows, its styles arrive after its body: fit again once they have.
    addStylesOf(kind).then(() => requestAnimationFrame(fitBody));
    const body = $('board-body');
    replace(body);
    mounted = { activityId: view.activityId, instance: kind.board(body, {}) };
  }
  const words = wordsOf(kind);
  const stage = view.stage ?? {};
  const status = normalizeStatus(stage.status);
  setText(byTest('activity-title'), stage.title);
  const statusNode = byTest('voting-status');
  statusNode.dataset.status = status;
  setText(statusNode, audienceStatusText(status, words));
  updateCountdown(stage, stepTimerOf(session, view.activityId));
  // Nothing to open or take part in (see takesInput): no status, no anonymity, no count.
  const input = takesInput(kind);
  show(statusNode, input);
  show(byTest('participation'), input);
  show(byTest('anonymous-tag'), input && stage.anonymous === true);
  const taken = participation(stage, session, words);
  setText(byTest('voted-count'), taken.count);
  show($('board-voted-of'), taken.of !== null);
  setText($('board-voted-present'), taken.of ?? '');
  setText($('board-voted-label'), taken.verb);

  const layout = mounted.instance.update(view, session) ?? {};
  document.body.dataset.compact = String(layout.compact === true);
  announce(view);
  fitBody();
}

/** Lets the room see what changed for everyone (opened, closed, results out): a short highlight. */
function announce(view) {
  const next = stageMoment(view);
  if (next === moment) return;
  const first = !moment;
  moment = next;
  if (first) return;
  const article = $('board-activity');
  article.classList.remove('changed');
  void article.offsetWidth; // restarts the animation
  article.classList.add('changed');
}

/** Writes a URL as text with a line-break opportunity after each slash, so it wraps where it reads well. */
function showUrl(node, url) {
  if (node.dataset.url === url) return;
  node.dataset.url = url;
  const pieces = url.split(/(?<=\/)/);
  replace(node, pieces.map((piece) => [piece, el('wbr')]));
}

// Under this, text on a room display cannot be read from the back of the room.
const LEGIBLE_PX = 12;

/**
 * Whatever the kind draws must fit on one screen, without scrollbars: shrink the body's type (CSSOM, so
 * the CSP allows it) until it stops overflowing. A binary search keeps it to a few layouts. If that
 * leaves text too small to read, a kind offering a simpler picture (`simplify()`, true when it drew
 * one) is asked for it, and that is fitted instead.
 */
function fitBody() {
  const area = $('board-body');
  shrinkToFit(area);
  if (smallestText(area) < LEGIBLE_PX && mounted?.instance.simplify?.()) shrinkToFit(area);
}

function shrinkToFit(area) {
  area.style.fontSize = '';
  if (area.hidden || area.scrollHeight <= area.clientHeight) return;
  let high = Number.parseFloat(getComputedStyle(area).fontSize);
  let low = 6;
  for (let step = 0; step < 8; step++) {
    const size = (low + high) / 2;
    area.style.fontSize = `${size}px`;
    if (area.scrollHeight > area.clientHeight) high = size;
    else low = size;
  }
  area.style.fontSize = `${low}px`;
}

/** The smallest type of any text the body shows (hidden text, and text only for screen readers, left out). */
function smallestText(area) {
  let smallest = Infinity;
  for (const node of area.querySelectorAll('*')) {
    if (![...node.childNodes].some((c) => c.nodeType === Node.TEXT_NODE && c.textContent.trim())) continue;
    const box = node.getBoundingClientRect();
    if (box.width <= 1 || box.height <= 1) continue; // not shown, or shown to screen readers only
    smallest = Math.min(smallest, Number.parseFloat(getComputedStyle(node).fontSize));
  }
  return smallest;
}

// Drawn again, not only fitted: a kind that simplified its picture for a smaller window starts from the full one.
window.addEventListener('resize', () => requestAnimationFrame(render));

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
