// Facilitator console: invite the room, see who is here, build the agenda and steer the current vote.

import { byTest, el, lastPathSegment, replace, setText, show, showJoinCode, store } from '/js/dom.js';
import { getJson, retryWhileUnreachable } from '/js/api.js';
import { connectLive, hubErrorMessage, isNewer, newId } from '/js/live-connection.js';
import { rankStatements } from '/js/ranking.js';
import { CULTURE_PRIORITIES, createCountdown, createRankingChart, normalizeStatus, plural } from '/js/culture-priorities.js';

// Created on first use: the console's current-activity panel exists before any activity does.
let updateCountdown = null;

const sessionId = lastPathSegment();
const $ = (id) => document.getElementById(id);
const errorRegion = byTest('error');
const badge = byTest('connection-state');

const showError = (message) => setText(errorRegion, message);

/**
 * The key comes in the fragment (never sent to the server in the URL) the first time; remember it so
 * a plain /facilitator/{id} link or a reload still works in this browser.
 */
function readFacilitatorKey() {
  const storageKey = `antileadership.facilitator.${sessionId}`;
  const fromFragment = new URLSearchParams(location.hash.slice(1)).get('key');
  if (fromFragment) {
    store.set(storageKey, fromFragment);
    return fromFragment;
  }
  return store.get(storageKey);
}

const facilitatorKey = sessionId ? readFacilitatorKey() : null;

let session = null;
const activities = new Map(); // activityId → newest view
const busy = new Set(); // hub methods in flight, whose buttons stay disabled meanwhile
const drawRanking = createRankingChart($('facilitator-ranking'));
let live = null;

if (!facilitatorKey) {
  show($('console'), false);
  show($('no-key'), true);
  show(badge, false);
  setText($('team-name'), 'AntiLeadership Live');
  setText($('session-title'), 'Facilitator console');
} else {
  setUpInvite();
  setUpForm();
  setUpControls();
  live = connectLive({
    sessionId,
    accessToken: facilitatorKey,
    badge,
    onRefused: showError,
    handlers: {
      SessionChanged(view) {
        if (!isNewer(view, session)) return;
        session = view;
        renderSession();
        renderCurrent();
      },
      ActivityChanged(view) {
        if (!isNewer(view, activities.get(view.activityId))) return;
        activities.set(view.activityId, view);
        renderAgenda();
        renderCurrent();
      },
    },
  });
  live.onConnected(loadLinks);
}

/** Calls a hub method, showing a refusal in the alert region. Returns the result, or undefined. */
async function command(method, ...args) {
  showError('');
  busy.add(method);
  renderAgenda();
  renderCurrent();
  try {
    return await live.invoke(method, ...args);
  } catch (error) {
    showError(hubErrorMessage(error));
    return undefined;
  } finally {
    busy.delete(method);
    renderAgenda();
    renderCurrent();
  }
}

function setUpInvite() {
  $('join-qr').src = `/api/sessions/${encodeURIComponent(sessionId)}/join-qr.svg`;
  // The board usually runs on this same laptop, so a same-origin link is the most reliable.
  $('board-link').href = `/board/${encodeURIComponent(sessionId)}`;

  const secretLink = `${location.origin}${location.pathname}#key=${encodeURIComponent(facilitatorKey)}`;
  const input = $('facilitator-link');
  input.value = secretLink;
  $('copy-link').addEventListener('click', async () => {
    // navigator.clipboard needs a secure context; over plain http fall back to selecting + execCommand.
    let copied = false;
    try {
      await navigator.clipboard.writeText(secretLink);
      copied = true;
    } catch {
      input.select();
      copied = document.execCommand?.('copy') ?? false;
    }
    setText($('copy-status'), copied ? 'Copied. Keep it somewhere private.' : 'Select the link and copy it.');
  });
}

let linksLoaded = false;
let linksLoading = false;

/** The LAN join link (phones cannot use "localhost"); fetched after connecting, until it works once. */
async function loadLinks() {
  if (linksLoaded || linksLoading) return;
  linksLoading = true;
  try {
    const links = await retryWhileUnreachable(() => getJson(`/api/sessions/${encodeURIComponent(sessionId)}/links`));
    linksLoaded = true;
    showJoinLink(links.joinUrl);
    setText($('board-url'), links.boardUrl ? `(on another computer: ${links.boardUrl})` : '');
  } catch (error) {
    showError(error.message);
  } finally {
    linksLoading = false;
  }
}

function showJoinLink(url) {
  const link = $('join-link');
  link.href = url;
  setText(link, url);
}

function renderSession() {
  if (!session.exists) {
    setText($('session-title'), 'Session not found');
    showError('There is no session at this address. Check the facilitator link.');
    return;
  }
  setText($('team-name'), session.teamName);
  setText($('session-title'), session.title);
  document.title = `${session.title} · Facilitator console`;
  showJoinCode(byTest('join-code'), session.joinCode);
  setText(byTest('present-count'), session.presentCount);
  if (!linksLoaded && session.joinCode) showJoinLink(`${location.origin}/join/${encodeURIComponent(session.joinCode)}`);

  const people = session.participants ?? [];
  show($('no-participants'), people.length === 0);
  replace(
    $('participant-list'),
    people.map((person) =>
      el(
        'li',
        { class: person.present ? 'participant present' : 'participant away' },
        el('span', { class: 'participant-name', text: person.displayName }),
        el('span', { class: 'tag', text: person.present ? 'present' : 'away' }),
      ),
    ),
  );
  renderAgenda();
}

let agendaDrawn = '';

function renderAgenda() {
  if (!session) return;
  const items = session.activities ?? [];
  // Presence changes arrive often; only rebuild (and lose keyboard focus) when the agenda changed.
  const signature = JSON.stringify([
    items,
    session.currentActivityId,
    items.map((item) => activities.get(item.activityId)?.status),
    busy.has('ShowActivity'),
  ]);
  if (signature === agendaDrawn) return;
  agendaDrawn = signature;
  show($('agenda-empty'), items.length === 0);
  replace(
    $('agenda-list'),
    items.map((item) => {
      const isCurrent = item.activityId === session.currentActivityId;
      const view = activities.get(item.activityId);
      const detail = view?.kind === CULTURE_PRIORITIES ? statusText(view.status) : '';
      return el(
        'li',
        { class: isCurrent ? 'agenda-item current' : 'agenda-item', 'aria-current': isCurrent ? 'true' : null },
        el('span', { class: 'agenda-title', text: item.title }),
        el('span', { class: 'hint', text: isCurrent ? `On the board · ${detail}` : detail }),
        el('button', {
          type: 'button',
          class: 'button small',
          'data-test': 'show-activity',
          'data-activity-id': item.activityId,
          disabled: isCurrent || busy.has('ShowActivity'),
          text: isCurrent ? 'Showing' : 'Show on board',
          onclick: () => command('ShowActivity', item.activityId),
        }),
      );
    }),
  );
}

function statusText(status) {
  switch (normalizeStatus(status)) {
    case 'open':
      return 'Voting open';
    case 'closed':
      return 'Voting closed';
    default:
      return 'Voting not open yet';
  }
}

function setUpControls() {
  const current = () => session?.currentActivityId;
  byTest('open-voting').addEventListener('click', () => command('OpenVoting', current()));
  byTest('close-voting').addEventListener('click', () => command('CloseVoting', current()));
  byTest('reveal-results').addEventListener('click', () => command('RevealResults', current()));
  byTest('start-timer').addEventListener('click', () => {
    const minutes = Number(byTest('timer-minutes').value);
    if (!Number.isFinite(minutes) || minutes < 1 || minutes > 60) {
      showError('Choose a timer of 1 to 60 minutes.');
      return;
    }
    command('SetVotingTimer', current(), Math.round(minutes * 60));
  });
}

function renderCurrent() {
  const view = session?.currentActivityId ? activities.get(session.currentActivityId) : null;
  show($('no-current'), !view);
  show($('current-activity'), Boolean(view));
  if (!view) {
    setText(
      $('no-current'),
      session?.currentActivityId
        ? 'Loading the activity…'
        : 'No activity is showing yet. Add one below, or pick one from the agenda.',
    );
    return;
  }

  setText($('current-title'), view.title);
  if (view.kind !== CULTURE_PRIORITIES) {
    setText(byTest('activity-status'), 'This activity has no controls here yet.');
    return;
  }

  const status = normalizeStatus(view.status);
  const statusNode = byTest('activity-status');
  statusNode.dataset.status = status;
  setText(statusNode, statusText(status));
  updateCountdown ??= createCountdown(byTest('time-left'));
  updateCountdown(view);
  // Also offered once closed: "two more minutes" reopens voting with a timer.
  byTest('start-timer').disabled = busy.has('SetVotingTimer');

  const open = byTest('open-voting');
  open.disabled = status === 'open' || busy.has('OpenVoting');
  setText(open, status === 'closed' ? 'Reopen voting' : 'Open voting');
  byTest('close-voting').disabled = status !== 'open' || busy.has('CloseVoting');
  byTest('reveal-results').disabled = !view.hideResultsUntilRevealed || view.revealed || busy.has('RevealResults');

  setText(byTest('voter-count'), view.voterCount);
  setText(byTest('dots-placed'), view.dotsPlaced);
  setText(
    $('visibility-note'),
    !view.hideResultsUntilRevealed
      ? 'Everyone sees the results live.'
      : view.revealed
        ? 'Results are revealed to everyone.'
        : 'Only you see these results. The board shows how many have voted until you reveal them.',
  );
  drawRanking(rankStatements(view.statements, view.tally));
}

/** Reads the add-activity form. */
function readSetup() {
  const number = (id) => Number.parseInt($(id).value, 10);
  return {
    title: $('activity-title').value.trim(),
    statements: $('statements')
      .value.split('\n')
      .map((line) => line.trim())
      .filter(Boolean),
    dotsPerParticipant: number('dots-per-participant'),
    maxDotsPerStatement: number('max-dots-per-statement'),
    hideResultsUntilRevealed: $('hide-results').checked,
  };
}

function setUpForm() {
  // One requestId per submission, kept until the server confirms it, so pressing the button again
  // after a dropped reply repeats the same request instead of adding the activity twice.
  let pending = null;
  const form = $('add-form');
  const button = byTest('add-activity');
  const status = $('add-status');

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const setup = readSetup();
    if (!Number.isInteger(setup.dotsPerParticipant) || !Number.isInteger(setup.maxDotsPerStatement)) {
      showError('Enter whole numbers for the dots.');
      return;
    }
    const signature = JSON.stringify(setup);
    if (pending?.signature !== signature) pending = { signature, requestId: newId() };

    button.disabled = true;
    setText(status, 'Adding…');
    const hadCurrent = Boolean(session?.currentActivityId);
    const activityId = await command('AddCulturePriorities', pending.requestId, setup);
    button.disabled = false;
    if (!activityId) {
      setText(status, '');
      return;
    }
    pending = null;
    setText(status, `Added “${setup.title}” (${setup.statements.length} ${plural(setup.statements.length, 'statement', 'statements')}).`);
    // The first activity goes straight onto the board; later ones wait in the agenda.
    if (!hadCurrent) await command('ShowActivity', activityId);
  });
}
