// Facilitator console: invite the room, see who is here, build the agenda and steer the current vote;
// leads also hand out and revoke co-facilitator links.

import { byTest, el, lastPathSegment, replace, setText, show, showJoinCode, store } from '/js/dom.js';
import { deleteJson, getJson, postJson, retryWhileUnreachable } from '/js/api.js';
import { connectLive, hubErrorMessage, isNewer, newId } from '/js/live-connection.js';
import { rankStatements } from '/js/ranking.js';
import { setUpResultsDownload } from '/js/results-download.js';
import { distinguishNames, withMark } from '/js/people-names.js';
import { CULTURE_PRIORITIES, createCountdown, createRankingChart, normalizeStatus, plural } from '/js/culture-priorities.js';

// Created on first use: the console's current-activity panel exists before any activity does.
let updateCountdown = null;

const sessionId = lastPathSegment();
const $ = (id) => document.getElementById(id);
const errorRegion = byTest('error');
const badge = byTest('connection-state');

const showError = (message) => setText(errorRegion, message);
const storageKey = `antileadership.facilitator.${sessionId}`;

/**
 * The key comes in the fragment (never sent to the server in the URL) the first time; remember it so
 * a plain /facilitator/{id} link or a reload still works in this browser.
 */
function readFacilitatorKey() {
  const fromFragment = new URLSearchParams(location.hash.slice(1)).get('key');
  if (fromFragment) {
    store.set(storageKey, fromFragment);
    return fromFragment;
  }
  return store.get(storageKey);
}

// Replaced by a rotation; everything that sends the key reads this variable at the time it sends.
let facilitatorKey = sessionId ? readFacilitatorKey() : null;

let session = null;
const activities = new Map(); // activityId → newest view
const busy = new Set(); // hub methods in flight, whose buttons stay disabled meanwhile
const drawRanking = createRankingChart($('facilitator-ranking'));
let live = null;

if (!facilitatorKey) {
  showNoKey();
  setText($('team-name'), 'AntiLeadership Live');
  setText($('session-title'), 'Facilitator console');
} else {
  setUpInvite();
  setUpForm();
  setUpControls();
  setUpFacilitators();
  setUpResultsDownload($('results'), { sessionId, key: () => facilitatorKey, showError });
  live = connectLive({
    sessionId,
    accessToken: () => facilitatorKey,
    badge,
    onRefused: (message, retrying) => (retrying ? showError(message) : accessLost(message, false)),
    handlers: {
      CredentialRevoked: (message) => accessLost(message, true),
      SessionChanged(view) {
        if (!isNewer(view, session)) return;
        session = view;
        renderSession();
        renderCurrent();
        if (keysWanted) loadKeys(); // the first snapshot after connecting brings the team id
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
  live.onConnected(() => {
    keysWanted = true;
    loadKeys();
  });
}

/** Hides the console behind the "needs its secret link" notice. */
function showNoKey(reason) {
  show($('console'), false);
  show($('no-key'), true);
  show(badge, false);
  if (reason) setText($('no-key-reason'), reason);
}

/** Shows an API refusal; after a 429, also keeps the button that caused it disabled for Retry-After. */
function showApiError(error, button) {
  showError(error.message);
  if (button && error.retryAfter) {
    button.disabled = true;
    setTimeout(() => {
      button.disabled = false;
    }, error.retryAfter * 1000);
  }
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

  byTest('close-joining').addEventListener('click', () => command('SetJoiningOpen', false));
  byTest('open-joining').addEventListener('click', () => command('SetJoiningOpen', true));

  showSecretLink();
  $('copy-link').addEventListener('click', async () => {
    const copied = await copyFrom($('facilitator-link'));
    setText($('copy-status'), copied ? 'Copied. Keep it somewhere private.' : 'Select the link and copy it.');
  });
}

function showSecretLink() {
  $('facilitator-link').value = `${location.origin}${location.pathname}#key=${encodeURIComponent(facilitatorKey)}`;
}

/** Copies a readonly input's value; true when it worked. */
async function copyFrom(input) {
  // navigator.clipboard needs a secure context; over plain http fall back to selecting + execCommand.
  try {
    await navigator.clipboard.writeText(input.value);
    return true;
  } catch {
    input.select();
    return document.execCommand?.('copy') ?? false;
  }
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

// ---------------------------------------------------------------- facilitators and keys

const teamUrl = (path) => `/api/teams/${encodeURIComponent(session?.teamId ?? '')}/${path}`;
const auth = () => ({ token: facilitatorKey });

let keys = null; // the team's active keys from the server, null until the first answer
let keysWanted = true; // set on every (re)connect and change; cleared by an answer
let keysLoading = false;
let rotation = null; // promise of this console's rotation in flight: true once the new key is in use

/** Only a lead may invite and revoke; the server decides, the console just hides what would be refused. */
const isLead = () => keys?.some((key) => key.yours && key.lead) === true;

async function loadKeys() {
  keysWanted = true;
  if (keysLoading || !session?.teamId || !facilitatorKey) return;
  keysLoading = true;
  keysWanted = false;
  try {
    keys = (await getJson(teamUrl('keys'), auth())).keys ?? [];
    renderKeys();
  } catch (error) {
    showApiError(error);
  } finally {
    keysLoading = false;
  }
  // Asked again while this request ran (after an issue or revoke): its answer may already be stale.
  if (keysWanted) loadKeys();
}

function formatIssued(iso) {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : `since ${date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}`;
}

function renderKeys() {
  const lead = isLead();
  show($('keys-loading'), keys === null);
  show($('issue-form'), lead);
  replace(
    $('key-list'),
    (keys ?? []).map((key) =>
      el(
        'li',
        { class: key.yours ? 'key yours' : 'key', 'data-test': 'facilitator-key', 'data-key-id': key.keyId },
        el(
          'span',
          { class: 'key-who' },
          el('span', { class: 'key-label', text: key.label }),
          key.yours ? el('span', { class: 'key-you', text: ' (you)' }) : null,
        ),
        el('span', { class: key.lead ? 'tag lead' : 'tag', text: key.lead ? 'lead' : 'co-facilitator' }),
        el('span', { class: 'hint key-issued', text: formatIssued(key.issuedAt) }),
        lead && !key.yours
          ? el('button', {
              type: 'button',
              class: 'button small quiet',
              'data-test': 'revoke-key',
              'data-key-id': key.keyId,
              'aria-label': `Revoke the link of ${key.label}`,
              text: 'Revoke',
              onclick: (event) => revokeKey(key, event.currentTarget),
            })
          : null,
      ),
    ),
  );
}

async function revokeKey(key, button) {
  showError('');
  setText($('keys-status'), '');
  button.disabled = true;
  try {
    await deleteJson(teamUrl(`keys/${encodeURIComponent(key.keyId)}`), auth());
    setText($('keys-status'), `Revoked the link of ${key.label}; their consoles are disconnected.`);
  } catch (error) {
    showApiError(error);
    button.disabled = false;
  }
  loadKeys();
}

function setUpFacilitators() {
  const labelInput = byTest('co-facilitator-label');
  const issueButton = byTest('issue-key');
  $('issue-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const label = labelInput.value.trim();
    if (!label) {
      showError('Type the name of the person the link is for.');
      return;
    }
    showError('');
    setText($('keys-status'), '');
    issueButton.disabled = true;
    let issued;
    try {
      issued = await postJson(teamUrl('keys'), { label, sessionId }, auth());
    } catch (error) {
      issueButton.disabled = false;
      showApiError(error, issueButton);
      return;
    }
    issueButton.disabled = false;
    labelInput.value = '';
    showIssued(issued);
    loadKeys();
  });

  byTest('copy-issued-link').addEventListener('click', async () => {
    const copied = await copyFrom(byTest('issued-link'));
    setText($('issued-status'), copied ? 'Copied. Now send it privately.' : 'Select the link and copy it.');
  });
  // The link is not kept anywhere: once dismissed it cannot be shown again (a new one can be made).
  byTest('dismiss-issued-link').addEventListener('click', () => {
    byTest('issued-link').value = '';
    show($('issued'), false);
  });

  byTest('rotate-key').addEventListener('click', rotateKey);
}

/** The server shows a new key once; so does this page, until dismissed or reloaded. */
function showIssued(issued) {
  byTest('issued-link').value = new URL(issued.consoleUrl, location.href).href;
  setText($('issued-label'), `Console link for ${issued.label}`);
  setText(
    $('issued-warning'),
    `Send this link to ${issued.label} privately, never on the projector or in a group chat: anyone who has it can run this session. It is shown only this once.`,
  );
  setText($('issued-status'), '');
  show($('issued'), true);
  byTest('issued-link').select();
}

async function rotateKey() {
  const ok = confirm(
    'Rotate your facilitator key?\n\nYour old link will stop working on every device. This console switches to the new link; open that on your other devices.',
  );
  if (!ok) return;
  const button = byTest('rotate-key');
  showError('');
  setText($('rotate-status'), '');
  button.disabled = true;
  // The server closes this console's connection as it rotates, possibly before its answer arrives;
  // accessLost() waits for this promise to tell that apart from a revocation.
  rotation = postJson(teamUrl('keys/rotate'), { sessionId }, auth()).then(
    (rotated) => {
      useKey(rotated.key);
      return true;
    },
    (error) => {
      button.disabled = false;
      showApiError(error, button);
      return false;
    },
  );
  const rotated = await rotation;
  rotation = null;
  if (!rotated) return;
  button.disabled = false;
  setText($('rotate-status'), 'Done: the link above is your new one. The old one no longer works.');
  live.restart();
  loadKeys();
}

/** From now on this console, its stored copy, its address bar and its link field use `key`. */
function useKey(key) {
  facilitatorKey = key;
  store.set(storageKey, key);
  history.replaceState(history.state, '', `${location.pathname}${location.search}#key=${encodeURIComponent(key)}`);
  showSecretLink();
}

/**
 * The server revoked this console's key (CredentialRevoked) or refused a reconnect. Either can come
 * from this console's own rotation (the old key dies before the answer with the new one arrives), so
 * that is waited for, and the key is checked against the API before the console gives up.
 */
async function accessLost(message, revoked) {
  const usedKey = live.token;
  if (revoked) live.stop(); // a refused connection has stopped already
  if (rotation && (await rotation)) return; // rotateKey() reconnects with the new key
  const verdict = await checkKey();
  if (verdict === 'valid') {
    // The revoked or refused key was an older one: connect with the current one.
    if (revoked || usedKey !== facilitatorKey) {
      live.restart();
      return;
    }
    showError(message); // refused for another reason (e.g. the session is gone); a reload tries again
    return;
  }
  if (verdict === 'invalid' || revoked) {
    // The key is dead: forget it, also in the address bar, so a reload shows this notice, not an error.
    store.remove(storageKey);
    history.replaceState(history.state, '', `${location.pathname}${location.search}`);
    showNoKey('The key this browser had no longer works.');
  } else if (!session) {
    showNoKey('This browser’s key was not accepted.');
  }
  showError(message);
}

/** 'valid' | 'invalid' | 'unknown': whether the API still takes the current key. */
async function checkKey() {
  if (!session?.teamId) return 'unknown';
  try {
    keys = (await getJson(teamUrl('keys'), auth())).keys ?? [];
    renderKeys();
    return 'valid';
  } catch (error) {
    return error.status === 401 || error.status === 403 ? 'invalid' : 'unknown';
  }
}

// ---------------------------------------------------------------- session

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
  const joiningOpen = session.joiningOpen !== false;
  show(byTest('close-joining'), joiningOpen);
  show(byTest('open-joining'), !joiningOpen);
  setText(byTest('joining-state'), joiningOpen ? 'Anyone with the code can join.' : 'Closed: only people already in the team get back in.');
  if (!linksLoaded && session.joinCode) showJoinLink(`${location.origin}/join/${encodeURIComponent(session.joinCode)}`);

  const people = session.participants ?? [];
  const names = distinguishNames(people);
  show($('no-participants'), people.length === 0);
  replace(
    $('participant-list'),
    people.map((person) => {
      const { name, mark } = names.get(person.participantId);
      return el(
        'li',
        {
          class: person.present ? 'participant present' : 'participant away',
          'data-test': 'participant',
          'data-participant-id': person.participantId,
        },
        el(
          'span',
          { class: 'participant-name', 'data-test': 'participant-name' },
          name,
          mark ? el('span', { class: 'name-mark', 'data-test': 'name-mark', title: SAME_NAME, text: ` · ${mark}` }) : null,
        ),
        el('span', { class: 'tag', text: person.present ? 'present' : 'away' }),
        el('button', {
          type: 'button',
          class: 'button small quiet',
          'data-test': 'remove-participant',
          'data-participant-id': person.participantId,
          'aria-label': `Remove ${withMark({ name, mark })}`,
          disabled: removing.has(person.participantId),
          text: 'Remove',
          onclick: () => removeParticipant(person, withMark({ name, mark })),
        }),
      );
    }),
  );
  renderAgenda();
}

const removing = new Set(); // participant ids whose removal is in flight
const SAME_NAME = 'Someone else here shows the same name: the first characters of their participant ids tell them apart.';

async function removeParticipant(person, name) {
  if (!confirm(`Remove ${name}? Their phone will be disconnected. Their votes so far stay counted.`)) return;
  showError('');
  setText($('people-status'), '');
  removing.add(person.participantId);
  renderSession();
  try {
    await deleteJson(teamUrl(`members/${encodeURIComponent(person.participantId)}`), auth());
    setText($('people-status'), `Removed ${name}.`);
  } catch (error) {
    showApiError(error);
  } finally {
    removing.delete(person.participantId);
    // The server's next snapshot drops them; until then their row is usable again.
    if (session) renderSession();
  }
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
  byTest('raise-anonymity').addEventListener('click', () => {
    const ok = confirm(
      'Make this activity anonymous?\n\nFrom now on nobody, not even you, sees who has voted. This cannot be undone.',
    );
    if (ok) command('RaiseAnonymity', current());
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
    show($('privacy'), false);
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

  renderPrivacy(view);
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

/** Anonymous: a tag. Not anonymous: who has voted, and the one-way switch to anonymous. */
function renderPrivacy(view) {
  // A view without the field comes from a server that does not know about anonymity.
  const known = typeof view.anonymous === 'boolean';
  show($('privacy'), known);
  show(byTest('anonymous-tag'), view.anonymous === true);
  show($('anonymous-note'), view.anonymous === true);
  show(byTest('voters'), view.anonymous === false);
  show(byTest('raise-anonymity'), view.anonymous === false);
  byTest('raise-anonymity').disabled = busy.has('RaiseAnonymity');
  // Cleared, not just hidden: once anonymous, no name of who voted stays anywhere in the page.
  setText(byTest('voters'), view.anonymous === false ? votersText(view.voterIds ?? []) : '');
}

function votersText(voterIds) {
  if (voterIds.length === 0) return 'Voted: nobody yet';
  const names = distinguishNames(session?.participants ?? []);
  const known = voterIds.filter((id) => names.has(id)).map((id) => withMark(names.get(id)));
  // Removed participants' votes stay counted, but they are no longer in the list of names.
  const gone = voterIds.length - known.length;
  const parts = gone > 0 ? [...known, `${gone} removed ${plural(gone, 'participant', 'participants')}`] : known;
  return `Voted: ${parts.join(', ')}`;
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
    anonymous: $('activity-anonymous').checked,
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
