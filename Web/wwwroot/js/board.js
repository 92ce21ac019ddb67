// The room board: join code and QR, and the current activity, legible from the back of the room.
// It only ever receives the audience views, so a hidden tally is never in this page at all.

import { byTest, lastPathSegment, setText, show } from '/js/dom.js';
import { getJson, retryWhileUnreachable } from '/js/api.js';
import { connectLive, isNewer } from '/js/live-connection.js';
import { rankStatements } from '/js/ranking.js';
import {
  CULTURE_PRIORITIES,
  audienceStatusText,
  createRankingChart,
  hasVisibleTally,
  normalizeStatus,
  plural,
} from '/js/culture-priorities.js';

const sessionId = lastPathSegment();
const $ = (id) => document.getElementById(id);

let session = null;
let joinUrl = null; // the LAN address from /links, so phones can reach it
const activities = new Map(); // activityId → newest view
const drawRanking = createRankingChart($('board-ranking'));

byTest('join-qr').src = `/api/sessions/${encodeURIComponent(sessionId)}/join-qr.svg`;

const live = connectLive({
  sessionId,
  badge: byTest('connection-state'),
  handlers: {
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
  setText(byTest('join-code'), session.joinCode);
  setText(byTest('present-count'), session.presentCount);
  // Until /links answers, show this page's own address (right whenever the board is not on localhost).
  // The scheme is left off: it is noise for people typing the address into a phone.
  const url = joinUrl ?? `${location.origin}/join/${encodeURIComponent(session.joinCode)}`;
  setText($('board-join-url'), url.replace(/^https?:\/\//, ''));

  const view = session.currentActivityId ? activities.get(session.currentActivityId) : undefined;
  const supported = view?.kind === CULTURE_PRIORITIES;
  show($('board-waiting'), !supported);
  show($('board-activity'), supported);
  if (supported) renderVote(view);
}

function renderVote(view) {
  setText(byTest('activity-title'), view.title);
  const status = normalizeStatus(view.status);
  const statusNode = byTest('voting-status');
  statusNode.dataset.status = status;
  setText(statusNode, audienceStatusText(status));

  const visible = hasVisibleTally(view);
  show($('board-hidden'), !visible);
  show($('board-results'), visible);
  if (!visible) {
    setText(byTest('voted-count'), view.voterCount);
    setText($('board-voted-label'), plural(view.voterCount, 'person has voted', 'people have voted'));
    return;
  }
  drawRanking(rankStatements(view.statements, view.tally));
  setText(
    $('board-results-summary'),
    `${view.voterCount} ${plural(view.voterCount, 'person', 'people')} · ${view.dotsPlaced} ${plural(view.dotsPlaced, 'dot', 'dots')}`,
  );
}
