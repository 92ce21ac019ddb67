// Participant phone: join with a code and a name (once per team, remembered), then place dots.

import { byTest, el, replace, setText, show, store } from '/js/dom.js';
import { getJson, normalizeCode, postJson, retryWhileUnreachable } from '/js/api.js';
import { countDown, reasonOf, waitSeconds } from '/js/wait.js';
import { connectLive, compareVersions, isNewer } from '/js/live-connection.js';
import { createDotSender } from '/js/dot-sender.js';
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

const IDENTITY_PREFIX = 'antileadership.participant.';
// The last ballot the server acknowledged, per participant and activity: { revision, submissionId, dots }.
const KEPT_BALLOT_PREFIX = 'antileadership.ballot.';
const $ = (id) => document.getElementById(id);
const errorRegion = byTest('error');
const pageStatus = $('page-status');
const saveStatus = $('save-status');
const badge = byTest('connection-state');
const showError = (message) => setText(errorRegion, message);

let live = null;
let session = null;
const activities = new Map(); // activityId → newest view
const ballots = new Map(); // activityId → newest ballot (by revision) from the server
const drawRanking = createRankingChart($('participant-ranking'));

// ---------------------------------------------------------------- joining

let joining = null; // { code, info } while the name form is showing

function codeFromPath() {
  const [first, second] = location.pathname.split('/').filter(Boolean);
  if (first !== 'join' || !second) return '';
  try {
    return normalizeCode(decodeURIComponent(second));
  } catch {
    return '';
  }
}

function showStep(step) {
  for (const id of ['code-step', 'name-step', 'live-step']) show($(id), id === step);
}

function showTitles(teamName, title) {
  setText($('team-name'), teamName);
  setText($('session-title'), title);
  document.title = `${title} · AntiLeadership Live`;
}

function askForCode(prefill = '') {
  showStep('code-step');
  byTest('code-input').value = prefill;
  byTest('code-input').focus();
}

function askForName(code, info, prefill = '') {
  joining = { code, info };
  showStep('name-step');
  byTest('name-input').value = prefill;
  byTest('name-input').focus();
}

let lookups = 0; // which lookup is the latest: a wait for an earlier one ends when another starts

async function lookUp(code) {
  const lookup = ++lookups;
  showError('');
  showStep(null);
  setText(pageStatus, 'Looking up the code…');
  // A phone that joined with this code shows its credential: what others at its address tried
  // (a shared Wi-Fi, a company network) then does not keep it out of its own team's session.
  const returning = savedForCode(code);
  let info;
  try {
    info = await retryWhileUnreachable(
      () => getJson(`/api/join/${encodeURIComponent(code)}`, { token: returning?.credential }),
      (error) => setText(pageStatus, `${error.message} Trying again…`),
    );
  } catch (error) {
    setText(pageStatus, '');
    showError(error.message); // e.g. "No open session has that code…"
    askForCode(code);
    if (error.status === 429) {
      // The form stays: a code being typed, or another lookup started meanwhile, ends this wait.
      const elsewhere = () => lookups !== lookup || normalizeCode(byTest('code-input').value) !== code;
      const waited = await countDown(waitSeconds(error), (left) => setText(pageStatus, `Trying again in ${left} s…`), elsewhere);
      if (waited) lookUp(code);
      else if (lookups === lookup) setText(pageStatus, '');
    }
    return;
  }
  setText(pageStatus, '');
  showTitles(info.teamName, info.sessionTitle);

  // A phone that joined this team before rejoins as the same participant, without asking again, and
  // under the name the team knows it by (the one remembered here is used only if the team forgot it).
  const saved = store.get(IDENTITY_PREFIX + info.teamId);
  if (saved?.credential && saved.displayName && (await join(code, info, saved.displayName, true))) return;
  if (info.joiningOpen === false) {
    // Say it before anyone types a name that could not be used.
    showError('The facilitator has closed this session to newcomers. Ask them to open it again.');
    askForCode(code);
    return;
  }
  askForName(code, info, saved?.displayName ?? '');
}

/** The identity kept for the team this code belongs to, when this phone joined with the code before. */
function savedForCode(code) {
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      const saved = key?.startsWith(IDENTITY_PREFIX) ? store.get(key) : null;
      if (saved?.credential && saved.code === code) return saved;
    }
  } catch {
    // Storage unavailable: look the code up as a newcomer.
  }
  return null;
}

/** POSTs the join; true once joined and connecting. `keepName`: rejoining by itself, not from the name form. */
async function join(code, info, displayName, keepName = false) {
  const key = IDENTITY_PREFIX + info.teamId;
  const saved = store.get(key);
  const url = `/api/join/${encodeURIComponent(code)}`;
  const body = { displayName, credential: saved?.credential ?? null, keepName };
  setText(pageStatus, 'Joining…');
  let joined;
  try {
    // With a credential a repeat is harmless (same participant), so ride out Wi-Fi gaps. Without one a
    // repeat could create a second participant, so the person presses Join again instead.
    joined = saved?.credential
      ? await retryWhileUnreachable(() => postJson(url, body), (e) => setText(pageStatus, `${e.message} Trying again…`))
      : await postJson(url, body);
  } catch (error) {
    setText(pageStatus, '');
    if (saved?.credential && (error.status === 401 || error.status === 403)) {
      // The stored credential is no longer valid: forget it and join as a new participant.
      store.remove(key);
      return join(code, info, displayName, keepName);
    }
    if (!saved?.credential && error.status === 503 && error.data?.credential) {
      // Not saved, but the server named the participant it was making: keep trying as that one, so the
      // retry cannot make a second participant (who would then hold this name).
      store.set(key, { credential: error.data.credential, displayName });
      return join(code, info, displayName, keepName);
    }
    if (error.status === 429) {
      // A crowd behind one address (a company network): the server refused before creating anything,
      // so asking again is safe, with or without a credential.
      const reason = reasonOf(error, 'Many people are joining at once');
      await countDown(waitSeconds(error), (left) => setText(pageStatus, `${reason} — trying again in ${left} s…`));
      return join(code, info, displayName, keepName);
    }
    showError(error.message); // e.g. "Someone in this team is already called Ana…", next to the name form
    return false;
  }
  setText(pageStatus, '');
  store.set(IDENTITY_PREFIX + joined.teamId, {
    credential: joined.credential,
    participantId: joined.participantId,
    displayName: joined.displayName,
    code, // so a later lookup of this code can show the credential (see savedForCode)
  });
  goLive(code, info, joined);
  return true;
}

$('code-step').addEventListener('submit', (event) => {
  event.preventDefault();
  const code = normalizeCode(byTest('code-input').value);
  if (!code) {
    showError('Type the code shown on the board.');
    return;
  }
  history.replaceState(null, '', `/join/${encodeURIComponent(code)}`);
  lookUp(code);
});

$('name-step').addEventListener('submit', async (event) => {
  event.preventDefault();
  const name = byTest('name-input').value.trim();
  if (!name) {
    showError('Type your name so the team knows who you are.');
    return;
  }
  showError('');
  const button = byTest('name-submit');
  button.disabled = true;
  const ok = await join(joining.code, joining.info, name);
  button.disabled = false;
  if (ok) joining = null;
});

// ---------------------------------------------------------------- live

function goLive(code, info, joined) {
  setText(byTest('my-name'), joined.displayName);
  showStep('live-step');
  show(badge, true);
  ballots.clear(); // after a rejoin this is a new participant, with a ballot of its own
  // Only for this connection: a late message from one already left behind must not end the next.
  const leave = (message, revoked) => {
    if (live === connection) leaveLive({ code, info, joined, message, revoked });
  };
  const connection = connectLive({
    sessionId: joined.sessionId,
    accessToken: joined.credential,
    badge,
    onRefused: (message, retrying) => (retrying ? showError(message) : leave(message, false)),
    handlers: {
      CredentialRevoked: (message) => leave(message, true),
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
      BallotChanged(ballot) {
        applyBallot(ballot);
        render();
      },
    },
  });
  live = connection;
  const keptKey = (activityId) => `${KEPT_BALLOT_PREFIX}${joined.participantId}.${activityId}`;
  keptBallot = {
    get: (activityId) => store.get(keptKey(activityId)),
    set: (activityId, kept) => store.set(keptKey(activityId), kept),
  };
  sender = createDotSender({
    live,
    onBallot: applyBallot,
    onStored: ({ activityId, submissionId, ballot }) =>
      keptBallot.set(activityId, { revision: ballot.revision, submissionId, dots: ballot.dots }),
    onError: showError,
    onStatus: (text) => setText(saveStatus, text),
    onChange: render,
  });
  live.onConnected(() => {
    fetchBallot();
    sender.flush(); // anything tapped while offline goes out now, with its original submission id
  });
  render();
}

/**
 * The server will not take this phone's credential any more: the facilitator removed this person
 * (revoked), or a reconnect was refused. Reconnecting with it would only be refused again, so stop,
 * say why, and offer the join form; joining again makes a new participant. A refused credential is not
 * forgotten here: if it still works, joining again rejoins as the same person, and if not, join()
 * forgets it when the server says so.
 */
function leaveLive({ code, info, joined, message, revoked }) {
  live.stop();
  live = null;
  sender = null;
  if (revoked) {
    const key = IDENTITY_PREFIX + joined.teamId;
    // The name is kept only to prefill the form.
    store.set(key, { displayName: store.get(key)?.displayName ?? joined.displayName });
  }
  show(badge, false);
  showError(message || 'This phone is no longer connected to the workshop. Join again to take part.');
  askForName(code, info, joined.displayName);
}

const currentView = () => (session?.currentActivityId ? activities.get(session.currentActivityId) : undefined);

function applyBallot(ballot) {
  if (!ballot?.activityId) return;
  const known = ballots.get(ballot.activityId);
  if (!known || compareVersions(ballot.revision, known.revision) >= 0) ballots.set(ballot.activityId, ballot);
}

function fetchBallot() {
  const view = currentView();
  if (view?.kind !== CULTURE_PRIORITIES || !live?.connected) return;
  live
    .invoke('GetBallot', view.activityId)
    .then((ballot) => {
      if (!ballot?.activityId) return;
      // What the server holds now replaces what this page last saw, even an older revision: the page
      // shows what is stored, and heals below what the server turns out to have lost.
      ballots.set(ballot.activityId, ballot);
      sendAgainIfLost(ballot);
      render();
    })
    .catch(() => {}); // the server also pushes BallotChanged after connecting; this only fills a gap
}

/**
 * Defence in depth: the server told this phone its ballot was stored, with a revision. Revisions only
 * go up, so a server now holding an older one has lost that ballot (its storage went back in time).
 * Send it again, with the same submission id, and say so on the screen.
 */
function sendAgainIfLost(ballot) {
  const kept = keptBallot?.get(ballot.activityId);
  if (!kept || compareVersions(ballot.revision, kept.revision) >= 0) return;
  sender?.sendAgain(ballot.activityId, kept.dots, kept.submissionId);
}

// ---------------------------------------------------------------- casting dots

let sender = null; // created with the connection, in goLive
let keptBallot = null; // this participant's last acknowledged ballots, in the browser's storage

/** What the phone shows: the allocation still on its way to the server, else the server's ballot. */
function shownDots(activityId) {
  return sender?.pending(activityId) ?? ballots.get(activityId)?.dots ?? {};
}

const total = (dots) => Object.values(dots).reduce((sum, n) => sum + n, 0);

function changeDots(statementId, delta) {
  const view = currentView();
  if (!view || !sender) return;
  const dots = { ...shownDots(view.activityId) };
  const next = Math.max(0, (dots[statementId] ?? 0) + delta);
  if (next === 0) delete dots[statementId];
  else dots[statementId] = next;
  sender.set(view.activityId, dots);
}

// ---------------------------------------------------------------- rendering

let shownActivityId = null;
let rowsKey = '';
const rows = new Map(); // statementId → row parts

function render() {
  if (!session) return;
  if (!session.exists) {
    show($('activity'), false);
    show($('waiting'), true);
    setText($('waiting'), 'This session is no longer open.');
    return;
  }
  showTitles(session.teamName, session.title);

  const view = currentView();
  if (view?.activityId !== shownActivityId) {
    shownActivityId = view?.activityId ?? null;
    if (view && !ballots.has(view.activityId)) fetchBallot();
  }

  const supported = view?.kind === CULTURE_PRIORITIES;
  show($('waiting'), !supported);
  let waiting = 'Waiting for the facilitator…';
  if (view && !supported) waiting = 'Look at the board for this activity.';
  else if (!view && session.currentActivityId) waiting = 'Loading the activity…';
  setText($('waiting'), waiting);
  show($('activity'), supported);
  if (supported) renderVote(view);
}

function buildRow(statement) {
  const { statementId, text } = statement;
  const parts = {
    text: el('p', { class: 'statement-text', 'data-test': 'statement-text' }),
    count: el('span', { class: 'dot-count', 'data-test': 'dot-count' }),
    pips: el('span', { class: 'pips', 'aria-hidden': 'true' }),
    remove: el('button', {
      type: 'button',
      class: 'dot-button',
      'data-test': 'remove-dot',
      'aria-label': `Remove a dot from: ${text}`,
      text: '−',
      onclick: () => changeDots(statementId, -1),
    }),
    add: el('button', {
      type: 'button',
      class: 'dot-button add',
      'data-test': 'add-dot',
      'aria-label': `Add a dot to: ${text}`,
      text: '+',
      onclick: () => changeDots(statementId, +1),
    }),
  };
  parts.row = el(
    'li',
    { class: 'statement', 'data-test': 'statement', 'data-statement-id': statementId },
    parts.text,
    el(
      'div',
      { class: 'statement-controls' },
      parts.remove,
      el('span', { class: 'dot-tally' }, parts.count, el('span', { class: 'visually-hidden', text: ' dots' }), parts.pips),
      parts.add,
    ),
  );
  return parts;
}

function renderVote(view) {
  // Rows are rebuilt only for a different set of statements, so buttons keep focus while tapping.
  const key = JSON.stringify([view.activityId, view.statements]);
  if (key !== rowsKey) {
    rowsKey = key;
    rows.clear();
    for (const statement of view.statements) rows.set(statement.statementId, buildRow(statement));
    replace($('statements'), [...rows.values()].map((parts) => parts.row));
  }

  const status = normalizeStatus(view.status);
  const open = status === 'open';
  setText($('activity-title'), view.title);
  const statusNode = byTest('voting-status');
  statusNode.dataset.status = status;
  setText(statusNode, audienceStatusText(status));
  updateCountdown(view);
  showPrivacy(view);

  const dots = shownDots(view.activityId);
  const left = Math.max(0, view.dotsPerParticipant - total(dots));
  setText(byTest('dots-left'), left);
  setText($('dots-total'), view.dotsPerParticipant);
  setText(
    $('dot-rule'),
    `Up to ${view.maxDotsPerStatement} ${plural(view.maxDotsPerStatement, 'dot', 'dots')} on one statement.`,
  );

  for (const statement of view.statements) {
    const parts = rows.get(statement.statementId);
    const count = dots[statement.statementId] ?? 0;
    setText(parts.text, statement.text);
    setText(parts.count, count);
    // Dot pips help at a glance; past ten they are just noise.
    const pips = view.maxDotsPerStatement <= 10 ? '●'.repeat(count) + '○'.repeat(Math.max(0, view.maxDotsPerStatement - count)) : '';
    setText(parts.pips, pips);
    parts.row.classList.toggle('has-dots', count > 0);
    // The server is the authority; these only spare people taps that would be refused anyway.
    parts.add.disabled = !open || left <= 0 || count >= view.maxDotsPerStatement;
    parts.remove.disabled = !open || count <= 0;
  }

  const results = hasVisibleTally(view);
  show($('results'), results);
  if (results) drawRanking(rankStatements(view.statements, view.tally));
}

/** Tells people whether the facilitator can see that they voted, before they do. */
function showPrivacy(view) {
  const known = typeof view.anonymous === 'boolean';
  show($('privacy'), known);
  show(byTest('anonymous-tag'), view.anonymous === true);
  setText(
    byTest('privacy-note'),
    view.anonymous ? 'Nobody, not even the facilitator, sees who has voted.' : 'Not anonymous: the facilitator can see who has voted, and their results download shows where each person put their dots.',
  );
}

// ---------------------------------------------------------------- start

const initialCode = codeFromPath();
if (initialCode) lookUp(initialCode);
else askForCode();
